package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company's business years named from now (来期, 今期) or from the one told before (前の期),
 * taken to run April to March as most do, in sentences that speak of a company's accounts or after
 * sentences telling its results; words that only begin so (今期待, 前の期間) are none, and so is a
 * term of office or a season (市長は今期で引退する).
 */
class BusinessTermsTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | document date | the mention | its value
        "社長は「来期以降も増配を続ける」と語った。|2023-05-15|来期|2024-04-01/2025-03-31",
        "同社は今期の営業利益を150億円と見込む。|2023-05-15|今期|2023-04-01/2024-03-31",
        "同社は今期の営業利益を150億円と見込む。|2024-02-10|今期|2023-04-01/2024-03-31",
        "2024年3月期の純利益は40億円で、前の期は12億円の赤字だった。|2024-05-15|前の期|2022-04-01/2023-03-31",
        "同社は決算会見で、工場の建設を来期末に終えると説明した。|2023-05-15|来期末|2025-03",
        "同社は今期の業績予想を下方修正した。|2023-05-15|今期|2023-04-01/2024-03-31",
        // a half business year ending with its month; during a month is no such half
        "同社が発表した2023年9月中間連結決算は、純利益が2割増えた。|2023-11-10|2023年9月中間|2023-04-01/2023-09-30",
        "同社の2023年9月中間期の売上高は過去最高だった。|2023-11-10|2023年9月中間期|2023-04-01/2023-09-30",
        "新製品は2023年9月中に発売される。|2023-06-10|2023年9月中|2023-09",
        "同社は2022年9月中間配当を1株30円とした。|2022-11-10|2022年9月中間|2022-04-01/2022-09-30",
        // 中間 before another word is no half business year: the month is the date
        "米国では2026年11月中間選挙で議会の多数派が争われる。|2026-06-10|2026年11月|2026-11",
        "委員会は2024年3月中間報告で、制度の見直しを求めた。|2024-05-10|2024年3月|2024-03",
        // a company's results told in the sentences before
        "同社は12日、3月期決算を発表した。社長は「来期以降も海外で投資を続ける」と語った。|2023-05-15|来期|2024-04-01/2025-03-31",
    })
    void readsTheTerm(String sentence, String documentDate, String expression, String value) {
        List<DateMention> found = finder.find(sentence, LocalDate.parse(documentDate));
        DateMention m = FoundMentions.named(found, expression);
        assertEquals(value, m.formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "今期待されているのは若手の起用だ。",
        "前の期間と比べて件数は減った。",
        "アナリストの来期予想は強気だ。",
        // a term of office or a club's season is no business year
        "市長は今期で引退する意向を示した。",
        "チームは今期、リーグ優勝を果たした。",
        "議長は来期も続投する考えだ。",
        "市長は今期で引退する見通しだ。",
        "議長は来期も続投すると予想されている。",
        "監督は昨季の成績を振り返り、今期は若手を起用すると語った。",
    })
    void readsNoTerm(String sentence) {
        assertEquals(List.of(), finder.find(sentence, LocalDate.of(2023, 5, 15)));
    }
}
