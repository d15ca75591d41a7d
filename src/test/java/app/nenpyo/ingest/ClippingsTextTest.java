package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text file of several clippings, each opening with its dateline, is cut into them, exactly (decision 0041). */
class ClippingsTextTest {

    private static List<String> clippings(String text) {
        return ClippingsText.clippings(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void eachDatelineOpeningABlockStartsAClippingWithTheHeadlineAboveIt() {
        String first = "大雪で国道が通行止め\n2023年2月6日 付\n\n北陸地方は6日、記録的な大雪となった。";
        String second = "日銀総裁に新たな人事案\n2023年2月14日 夕刊 1面\n\n政府は14日、人事案を国会に提示した。\n衆参両院は来週にも所信を聴く。";
        assertEquals(List.of(first, second), clippings(first + "\n\n――――――\n\n" + second + "\n"));
        assertEquals(List.of(first, second), clippings(first + "\r\n\r\n" + second), "CRLF, no rule between");
        assertEquals(List.of("2022年1月10日\n\n会談した。", "2022年1月11日 付\n\n発表した。"),
                clippings("2022年1月10日\n\n会談した。\n\n2022年1月11日 付\n\n発表した。"));
        assertEquals(List.of("2022年1月10日\n\n会談した。", "2022年1月11日\n\n発表した。詳細は不明だ。"),
                clippings("2022年1月10日\n\n会談した。\n\n2022年1月11日\n\n発表した。詳細は不明だ。"), "two sentences after a bare date");
        assertEquals(List.of("見出しだ\n\n2022年1月10日\n\n会談した。", "次の見出し\n\n\n2022年1月11日\n\n発表した。"),
                clippings("見出しだ\n\n2022年1月10日\n\n会談した。\n\n次の見出し\n\n\n2022年1月11日\n\n発表した。"),
                "a headline alone in its block before the dateline");
        assertEquals(List.of("2022年1月10日\n\n会談した。\n\n「全力を尽くす」", "2022年1月11日 付\n\n発表した。"),
                clippings("2022年1月10日\n\n会談した。\n\n「全力を尽くす」\n\n2022年1月11日 付\n\n発表した。"),
                "a quotation alone in its block is no headline");
    }

    @Test
    void aTextIsCutOnlyWhenItOpensWithAClippingAndHoldsTwo() {
        assertEquals(List.of(), clippings("2019年4月30日 付\n\n本文だ。\n"), "one clipping: the file as it is");
        assertEquals(List.of(), clippings("前書きだ。\n\n2019年4月30日 付\n\n本文だ。\n\n2019年5月1日 付\n\n本文だ。"),
                "text before the first dateline");
        assertEquals(List.of(), clippings("政府は発表した。\n2019年4月30日\n本文だ。\n2019年5月1日\n本文だ。"),
                "datelines inside a run of lines open no clipping");
        assertEquals(List.of(), clippings(""));
    }

    @Test
    void aDatelineWhoseTextEndsNoSentenceStaysWithTheClippingBefore() {
        String text = "2022年1月2日 付\n\n抗議が始まった。\n\n2022年1月5日 付\n\n非常事態宣言\n\n2022年1月6日 付\n\n部隊が到着した。";
        assertEquals(List.of("2022年1月2日 付\n\n抗議が始まった。\n\n2022年1月5日 付\n\n非常事態宣言", "2022年1月6日 付\n\n部隊が到着した。"),
                clippings(text));
    }

    @Test
    void aChronologyOrALabelledDateAtAnArticlesFootOpensNoClipping() {
        assertEquals(List.of(), clippings("2022年3月12日 付\n\n追悼式が開かれた。\n\n2011年3月11日\n\n東日本大震災が発生した。"
                + "\n\n2012年3月11日\n\n一周年の追悼式が開かれた。"), "a chronology of a date and a sentence each");
        assertEquals(List.of(), clippings("2022年3月12日 付\n\n追悼式が開かれた。\n\n2011年3月11日\n\n首相は「復興を急ぐ。」と述べた。"),
                "a sentence quoting one is one sentence: a chronology's entry still");
        assertEquals(List.of(), clippings("2022年3月12日 付\n\n追悼式が開かれた。\n\n2011年3月11日\n\n首相は「復興を\n急ぐ。」と述べた。"),
                "a quote wrapped at a width is paired across the break");
        assertEquals(List.of(), clippings("2023年2月6日 付\n\n大雪となった。\n\n更新：2023年2月7日\n\n一部を修正しました。おわびします。"),
                "a labelled date at an article's foot");
    }

    @Test
    void aSourceLineOrAListItemAloneInItsBlockIsNoHeadline() {
        String text = "2023年3月1日 付\n\n会談した。\n\n（共同）\n\n2023年3月2日 付\n\n発表した。\n\n・関連記事だ\n\n2023年3月3日 付\n\n決まった。";
        assertEquals(List.of("2023年3月1日 付\n\n会談した。\n\n（共同）", "2023年3月2日 付\n\n発表した。\n\n・関連記事だ", "2023年3月3日 付\n\n決まった。"),
                clippings(text), "the source line and the list item stay with the clipping they end");
    }

    /** One generated clipping: maybe a headline, a dateline, and paragraphs of sentences. */
    private record Clipping(String headline, LocalDate date, String edition, List<String> paragraphs) {
        String text() {
            StringBuilder t = new StringBuilder();
            if (!headline.isEmpty()) {
                t.append(headline).append('\n');
            }
            t.append(date.getYear()).append('年').append(date.getMonthValue()).append('月').append(date.getDayOfMonth()).append('日')
                    .append(edition).append("\n\n");
            t.append(String.join("\n\n", paragraphs));
            return t.toString();
        }
    }

    @Provide
    Arbitrary<List<Clipping>> files() {
        Arbitrary<String> headline = Arbitraries.of("", "首相が訪米へ", "大雪で交通まひ　各地で立ち往生", "決算、最高益に", "【速報】新人が初当選");
        Arbitrary<LocalDate> date = Arbitraries.longs().between(0, 3000).map(d -> LocalDate.of(2018, 1, 1).plusDays(d));
        Arbitrary<String> edition = Arbitraries.of(" 付", " 夕刊 1面", " 月曜日", "（月） 朝刊");
        Arbitrary<String> sentence = Arbitraries.of("政府は10日、新たな対策を発表した。", "首相は「全力を尽くす」と述べた。",
                "【ワシントン＝共同】米国務省は9日、声明を出した。", "・関連記事（1月25日）", "詳しい内訳は明らかにされていない。");
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("", s));
        return Combinators.combine(headline, date, edition, paragraph.list().ofMinSize(1).ofMaxSize(3))
                .as(Clipping::new).list().ofMinSize(2).ofMaxSize(6)
                .filter(list -> list.stream().allMatch(c -> c.paragraphs().stream().anyMatch(p -> p.contains("。"))));
    }

    @Property(tries = 500)
    void clippingsJoinedByBlankLinesOrRulesComeBackExactly(@ForAll("files") List<Clipping> clippings,
                                                          @ForAll("separators") String separator) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> expected = new ArrayList<>();
        for (Clipping c : clippings) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            expected.add(new TextSpan(text.length(), text.length() + c.text().length()));
            text.append(c.text());
        }
        assertEquals(expected, ClippingsText.clippings(text + "\n"));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("\n\n", "\n\n\n", "\r\n\r\n".replace("\r", ""), "\n\n――――――\n\n", "\n\n=====\n\n", "\n＊＊＊\n", "\n\u3000\n");
    }
}
