package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.TextSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page wrapped at a fixed width breaks lines inside numbers and dates: such a break splits no
 * expression, whose span then covers the break in the original text; a dateline on a line of its
 * own is not glued to the headline above it or the body below it.
 */
class WrappedBreaksTest {
    private static final LocalDate DOCUMENT = LocalDate.of(2023, 6, 15);
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text (⏎ a line break) | the expression as written | its value
        "外務省によると、両国の首脳は今月1⏎2日に電話で会談し、協力を確認した。|今月1⏎2日|2023-06-12",
        "原告の男性は、勤め先の会社を相手取り、2021年⏎3月8日に提訴していた。|2021年⏎3月8日|2021-03-08",
        "組合は春闘で、会社側と昨年11月⏎20日から交渉を続けていた。|昨年11月⏎20日|2022-11-20",
        "会談は両国の外相も同席して、13日午後3⏎時から始まった。|13日午後3⏎時|2023-06-13T15:00",
        "現場の気温は一時38.⏎5度に達し、市は12日、熱中症への警戒を呼びかけた。|12日|2023-06-12",
        // the sentence is one across the break: 発効した dates the 19th before the article's day
        "停戦合意が1⏎9日、発効した。|1⏎9日|2023-05-19",
        "停戦合意が１⏎９日、発効した。|１⏎９日|2023-05-19",
        "内閣府によると、月例経済報⏎告の関係閣僚会議は今月2⏎0日に開かれる。|今月2⏎0日|2023-06-20",
        // a body line holding a date with its year or a Latin word beside a space is no header
        "政府は2023年6月15日、案を1⏎2日に閣議決定したと発表した。与党⏎は審議を急ぐ。|1⏎2日|2023-06-12",
        "米アップル Inc.は新型機を1⏎2日に発表したと明らかにした。同社は⏎詳細を明かさない。|1⏎2日|2023-06-12",
        // a break between the two characters of a date word, or after a relative month before its day
        "停電した世帯は約5万戸に上り、市内では先⏎週までに電気が戻ったが、山間部は遅れた。|先⏎週|2023-W23",
        "窃盗の疑いで先月逮捕された男は、警察の調べに対し黙秘を続け、今⏎月5日に起訴された。|今⏎月5日|2023-06-05",
        "市の調べでは、委託先の会社の社員が、定期的に行う先月⏎10日の点検中に記録を変えた。|先月⏎10日|2023-05-10",
        // a year at a line's end, の and its month on the next (session 36)
        "地方の鉄道会社が赤字の路線の廃止を正式に発表したのは昨年⏎の6月1日で、客が絶えなかった。|昨年⏎の6月1日|2022-06-01",
        "両社が業務の提携に向けた協議を始めたのは2021年⏎の3月で、交渉は2年近く続いた。|2021年⏎の3月|2021-03",
        "両国の外相は12日に電話で会談し、経済での協力を確認して、同⏎日夜には声明を出した。|同⏎日|2023-06-12",
        // an era's name at a line's end, its year on the next (session 42, set eighteen)
        "長野県の地方紙遠山新聞が31日付の紙面を最後に休刊し、明治⏎32年（1899年）の創刊から125年の歴史に幕を下ろした。|明治⏎32年|1899",
        "町内の旧家の土蔵は老朽化のため、市が先月に解体を決めた。蔵は昭和⏎3年に建てられたという。|昭和⏎3年|1928",
        // two lines wrapped one after the other: the first break moved leaves the second line its width (session 40)
        "藤井八冠は2016年10月にプロ入りして、2⏎020年7月に初タイトルを手にした。今年⏎6月には名人を獲得した。|今年⏎6月|2023-06",
        "藤井八冠は2016年10月にプロ入りして、2⏎020年7月に初タイトルを手にした。今年⏎6月には名人を獲得した。|2⏎020年7月|2020-07",
        // blank lines between paragraphs are no lines of the page
        "政府は今年の夏ごろ、新予算案を1⏎2日に閣議決定したと発表した。与⏎野党は審議を急ぐ方針で一致し、⏎た。⏎⏎首相は会見した。⏎⏎野党は反発した。⏎|1⏎2日|2023-06-12",
    })
    void readsAnExpressionAcrossTheBreak(String written, String expression, String value) {
        String text = written.replace('⏎', '\n');
        String expected = expression.replace('⏎', '\n');
        DateMention m = FoundMentions.named(finder.find(text, DOCUMENT), expected);

        assertEquals(value, m.formattedValue());
        assertEquals(expected, text.substring(m.span().start(), m.span().end()), "the span covers the break in the original text");
    }

    @Test
    void aSentenceWithTheBreakSplitsNone() {
        String text = "　外務省によると、両国の首脳は今月1\n2日に電話で会談し、協力を確認した。";
        List<DateMention> found = finder.find(text, DOCUMENT, List.of(new TextSpan(1, text.length())));

        assertEquals("2023-06-12", FoundMentions.named(found, "今月1\n2日").formattedValue());
        assertEquals(1, found.size(), found::toString);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // text (⏎ a line break) | an expression beside a break that wraps nothing | its value
        "首脳会議、議題は3⏎2023年6月15日 朝刊⏎首相は14日、首脳会議に出席した。|2023年6月15日|2023-06-15",
        "首脳会議、議題は3⏎2023年6月15日 朝刊⏎首相は14日、首脳会議に出席した。|14日|2023-06-14",
        "2023.06.15⏎14日、政府は新たな経済対策を決めた。|2023.06.15|2023-06-15",
        "2023.06.15⏎14日、政府は新たな経済対策を決めた。|14日|2023-06-14",
        "　委員会の採決は賛成多数で、反対は3⏎　14日、委員長は記者団に結果を説明した。|14日|2023-06-14",
        // a header of a date with its year, of words apart, of a label: as long as the body, yet no wrap
        "夕刊 2023.06.15⏎14日、日銀は緩和継続を決定。|2023.06.15|2023-06-15",
        "夕刊 2023.06.15⏎14日、日銀は緩和継続を決定。|14日|2023-06-14",
        "東都新聞 2023/6/15⏎14日、首相は増税を否定した。|2023/6/15|2023-06-15",
        "東都新聞 2023/6/15⏎14日、首相は増税を否定した。|14日|2023-06-14",
        "見出し：新型衛星みちびき5⏎8日、打ち上げは延期された。|8日|2023-06-08",
        "東都新聞　第2版　社会面4⏎12日、市は避難所を開いた。|12日|2023-06-12",
        // a line shorter than the page's is not wrapped at its width
        "福岡でG7⏎13日、外相会合が開かれた。|13日|2023-06-13",
    })
    void aHeaderOrANewParagraphStaysOnItsLine(String written, String expression, String value) {
        assertEquals(value, FoundMentions.named(finder.find(written.replace('⏎', '\n'), DOCUMENT), expression).formattedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // text (⏎ a line break): a header or a short line above a body line that opens with a day
        "東都新聞　第2版　社会面4⏎12日、市は避難所を開いた。",
        "福岡でG7⏎13日、外相会合が開かれた。",
        "福岡で今⏎月5日、外相会合が開かれる予定だ。",
        // the first character of a date word ending a longer word on a line as long as the next
        "社長は輸出部門の担当⏎日本企業との交渉を進めた。",
        "首相は十年以前⏎日本の立場を述べ、批判を受けた。",
    })
    void noExpressionIsReadAcrossAHeaderOrAShortLine(String written) {
        List<DateMention> found = finder.find(written.replace('⏎', '\n'), DOCUMENT);

        assertEquals(List.of(), found.stream().filter(m -> m.text().contains("\n")).toList(), found::toString);
    }
}
