package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clause whose verb takes a quotation (「…」と) tells words said, a statement, whatever its verb ({@link QuotedWords},
 * decision 0029's addendum of session 39); not a name given, a quotation a noun or another verb takes, nor a call that
 * came. Sentences written for this test.
 */
class QuotedWordsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "町長は13日、「早く道路を直してほしい」と国に要望した。|STATEMENT",
        "社長は5日、「申し訳ない」と声を詰まらせた。|STATEMENT",
        "選手は8日、「夢のようだ」と涙ぐんだ。|STATEMENT",
        "監督は3日、「まだまだこれからだ」と笑顔を見せた。|STATEMENT",
        "会長は10日の閉会式で「皆さんのおかげだ」とあいさつした。|STATEMENT",
        // near misses: a quotation a noun or another verb takes, a name given, a call that came, a quotation
        // before the date, words of a category of their own, a deed
        // then words (the writers split), a quotation of what a thing is as (として)
        "市は4日、「ようこそ」と書かれた看板を駅前に設置した。|OTHER",
        "研究チームは2日、新しい星を「あかつき」と名付けた。|OTHER",
        "市役所に9日、「爆弾を仕掛けた」と電話があった。|OTHER",
        "「もう限界だ」と考えた店主は15日、店を閉じた。|OTHER",
        "同社は7日、「来月から値上げする」と発表した。|ANNOUNCEMENT",
        "新市長は22日に初登庁し、「市民の声を聞く」と述べた。|OTHER",
        "遺跡は5日、「世界の宝」として登録された。|OTHER",
    })
    void aQuotationTellsWordsSaid(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }
}
