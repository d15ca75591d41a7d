package app.nenpyo.ingest;

import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.TextSpan;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentationExamplesTest {

    private static List<String> paragraphs(String text) {
        return ParagraphSplitter.split(text).stream().map(s -> s.of(text)).collect(Collectors.toList());
    }

    private static List<String> sentences(String paragraph) {
        return SentenceSplitter.split(paragraph, new TextSpan(0, paragraph.length())).stream()
                .map(s -> s.of(paragraph)).collect(Collectors.toList());
    }

    @Test
    void blankLinesOfAnyKindSeparateParagraphs() {
        assertEquals(List.of("一", "二\r\n続き", "三", "四"), paragraphs("\uFEFF\n一\r\n\r\n二\r\n続き\r\r三\n　\u3000\t\n四\n"
                .substring(1)));
        assertEquals(List.of("全角の字下げ", "次"), paragraphs("　全角の字下げ\n\n\n次"));
        assertEquals(List.of(), paragraphs(" \n\u3000\r\n"));
        assertEquals(List.of(), paragraphs(""));
    }

    @Test
    void indentedLinesStartParagraphsAndTheLinesAfterThemContinue() {
        assertEquals(List.of("政府は10日、新たな対策を発表した。", "首相は会見で「全力を尽くす」と述べた。"),
                paragraphs("\u3000政府は10日、新たな対策を発表した。\n\u3000首相は会見で「全力を尽くす」と述べた。\n"));
        assertEquals(List.of("字下げした段落。\n続く行。", "次の段落。"), paragraphs("\u3000字下げした段落。\n続く行。\n\u3000次の段落。"));
    }

    @Test
    void linesEndingTheirSentencesAreAParagraphEach() {
        assertEquals(List.of("2023年5月20日", "与党が過半数を維持", "10日に行われた衆院補選では、自民党の新人が初当選した。",
                        "首相は「重く受け止める」と述べた。"),
                paragraphs("2023年5月20日\n与党が過半数を維持\n10日に行われた衆院補選では、自民党の新人が初当選した。\r\n"
                        + "首相は「重く受け止める」と述べた。\n"));
        assertEquals(List.of("前の段落だ。", "一方でアメリカ側は\n▽ミサイル配備や\n▽演習の制限を求めていて\n双方が歩み寄れるかが焦点です。"),
                paragraphs("前の段落だ。\n一方でアメリカ側は\n▽ミサイル配備や\n▽演習の制限を求めていて\n双方が歩み寄れるかが焦点です。"));
        assertEquals(List.of("首相は会見で\n「全力を尽くす」と述べた。", "次の段落だ。"),
                paragraphs("首相は会見で\n「全力を尽くす」と述べた。\n次の段落だ。"));
    }

    @Test
    void aDatelineIsAParagraphAndTheTextsFirstLineItsHeadline() {
        assertEquals(List.of("新天皇が即位　「令和」始まる", "2019年5月1日 夕刊 1面", "皇太子さまは1日、第126代天皇に即位された。"),
                paragraphs("新天皇が即位　「令和」始まる\n2019年5月1日 夕刊 1面\n皇太子さまは1日、第126代天皇に即位された。\n"));
        assertEquals(List.of("2021年01月08日 07時00分", "1都3県に緊急事態宣言", "政府は7日、緊急事態宣言を発令した。"),
                paragraphs("2021年01月08日 07時00分\n1都3県に緊急事態宣言\n政府は7日、緊急事態宣言を発令した。"));
        assertEquals(List.of("前の段落だ。", "一方で\n▽周辺地域での演習\n双方が歩み寄れるかが焦点です。"),
                paragraphs("前の段落だ。\n\n一方で\n▽周辺地域での演習\n双方が歩み寄れるかが焦点です。"),
                "a short line starting a run after a sentence is no headline");
        assertEquals(List.of("2019年10月15日 付", "台風19号の死者60人超", "台風19号による死者は15日までに60人を超えた。"),
                paragraphs("2019年10月15日 付\n\n台風19号の死者60人超\n台風19号による死者は15日までに60人を超えた。\n"));
        assertEquals(List.of("https://example.jp\nhttps://example.jp/blog", "本文だ。"),
                paragraphs("https://example.jp\nhttps://example.jp/blog\n\n本文だ。"));
        assertEquals(List.of("政府は10日、新たな対策を\n発表した。"), paragraphs("政府は10日、新たな対策を\n発表した。"),
                "a line that goes on is no headline");
    }

    @Test
    void aHeadlineEndingInNiBeforeASentenceIsItsOwnParagraph() {
        assertEquals(List.of("2018年7月9日", "豪雨で死者100人超に", "西日本を中心とする豪雨で、死者は8日までに100人を超えた。",
                        "政府は同日、非常災害対策本部を設置した。"),
                paragraphs("2018年7月9日\n\n豪雨で死者100人超に\n西日本を中心とする豪雨で、死者は8日までに100人を超えた。\n"
                        + "政府は同日、非常災害対策本部を設置した。\n"));
        assertEquals(List.of("首相は会見で、来年度予算案を国会に\n提出すると述べた。", "次の段落だ。"),
                paragraphs("首相は会見で、来年度予算案を国会に\n提出すると述べた。\n次の段落だ。"),
                "a sentence going on in a short line after に stays one");
        assertEquals(List.of("外相は中国を訪れ、王毅外相との会談に\n臨み、関係改善で一致した。"),
                paragraphs("外相は中国を訪れ、王毅外相との会談に\n臨み、関係改善で一致した。"),
                "one sentence in two lines: the second is no longer than the first");
        assertEquals(List.of("政府は6日、全国の自治体に\n速やかな対応を求める通知を出し、年度内の実施を目指す。"),
                paragraphs("政府は6日、全国の自治体に\n速やかな対応を求める通知を出し、年度内の実施を目指す。"),
                "a lead wrapped after に, its topic and comma in the first line");
        assertEquals(List.of("日銀が利上げ、17年ぶり", "日本銀行は19日、政策金利を引き上げると決めた。"),
                paragraphs("日銀が利上げ、17年ぶり\n日本銀行は19日、政策金利を引き上げると決めた。\n"),
                "a headline with a subject and a comma but no date is a headline");
    }

    @Test
    void aLineBrokenInAWordAfterAHeadlineParagraphIsNoHeadline() {
        assertEquals(List.of("見出し", "政府は10日、基本的対処方針を改\n定した。"), paragraphs("見出し\n\n政府は10日、基本的対処方針を改\n定した。"));
    }

    @Test
    void anUnindentedQuotationAfterASentenceEndedStartsAParagraphInAnIndentedText() {
        assertEquals(List.of("首相は述べた。", "「全力を尽くす」と語った。", "一方、野党は反発した。"),
                paragraphs("\u3000首相は述べた。\n「全力を尽くす」と語った。\n\u3000一方、野党は反発した。"));
    }

    @Test
    void oneLineEndingASentenceByChanceDoesNotSplitARunWrappedAtACharacterCount() {
        String wrapped = "政府は2023年5月20日、新型コロナ対策の\n基本的対処方針を改定した。首相は10日\n、記者会見で「全力を尽くす」と述べ\nた。与党内には慎重な意見もある。";
        assertEquals(1, paragraphs(wrapped).size(), paragraphs(wrapped).toString());
        String chance = "政府は20日、新型コロナウイルス対策の基本\n的対処方針を改定した。\n首相は10日に記者会見で全力を尽くすと述べ\nて国民に協力を求めた。与党内には慎重な意\n見もあり、調整が続く見通しだ。";
        assertEquals(1, paragraphs(chance).size(), paragraphs(chance).toString());
    }

    @Test
    void linesWrappedAtAWidthStayOneParagraph() {
        String typed = "政府は１０日、新型コロナウイルス対策の基本的対処方針を改定した。"
                + "首相は会見で「感染拡大の防止に全力を尽くす」と述べ、国民に協力を求めた。"
                + "与党内には慎重な意見もあり、調整が続く見通しだ。";
        int width = typed.indexOf('。') + 1;
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < typed.length(); i += width) {
            wrapped.append(typed, i, Math.min(typed.length(), i + width)).append('\n');
        }
        assertTrue(wrapped.toString().split("\n").length >= 3, "three lines or more");
        assertEquals(List.of(wrapped.toString().strip()), paragraphs(wrapped.toString()));
    }

    @Test
    void paragraphSpansStartAndEndOnNonWhitespace() {
        String text = "  前置き \n\n\t本文です。\u3000\n";
        List<TextSpan> spans = ParagraphSplitter.split(text);
        assertEquals(List.of(new TextSpan(2, 5), new TextSpan(9, 14)), spans);
    }

    @Test
    void sentencesEndAtEndMarksWithTheirClosers() {
        assertEquals(List.of("雨が降った。", "本当か？！", "晴れ!"), sentences("雨が降った。本当か？！晴れ!"));
        assertEquals(List.of("彼は「命令は間違いだ。撤回すべきだ」と述べた。", "王外相は語った。"),
                sentences("彼は「命令は間違いだ。撤回すべきだ」と述べた。王外相は語った。"));
        assertEquals(List.of("（注：速報値。）を参照。", "次。"), sentences("（注：速報値。）を参照。次。"));
        assertEquals(List.of("『題名。副題』と『別。』終わり"), sentences("『題名。副題』と『別。』終わり"));
    }

    @Test
    void aQuoteEndingInAFullStopStaysOneSentence() {
        assertEquals(List.of("「撤回すべきだ。」と述べた。"), sentences("「撤回すべきだ。」と述べた。"));
        assertEquals(List.of("本当か？！」", "と聞いた。"), sentences("本当か？！」と聞いた。"));
    }

    @Test
    void unmatchedBracketsAreIgnored() {
        assertEquals(List.of("示している」と語った。", "次の文。"), sentences("示している」と語った。次の文。"));
        assertEquals(List.of("「閉じない引用。", "次の文。"), sentences("「閉じない引用。次の文。"));
        assertEquals(List.of("「入れ子（閉じない」と述べた。", "次。"), sentences("「入れ子（閉じない」と述べた。次。"));
    }

    @Test
    void bulletLinesStartSentences() {
        assertEquals(List.of("一方で", "▽周辺地域での演習", "・ミサイル配備\n続く行", "※注記"),
                sentences("一方で\n▽周辺地域での演習\n　・ミサイル配備\n続く行\n※注記"));
        assertEquals(List.of("行中の▽は区切らない"), sentences("行中の▽は区切らない"));
    }

    @Test
    void aBylineOpeningAParagraphIsASentenceOfItsOwn() {
        assertEquals(List.of("【ワシントン＝共同】", "バイデン米大統領は6日、演説した。"),
                sentences("【ワシントン＝共同】バイデン米大統領は6日、演説した。"));
        assertEquals(List.of("【関連記事】首相が会見"), sentences("【関連記事】首相が会見"), "a heading in brackets is no byline");
        assertEquals(List.of("政府は【速報＝号外】を出した。"), sentences("政府は【速報＝号外】を出した。"), "only at the paragraph's start");
    }

    @Test
    void hashtagsAreFoundInOrderOnce() {
        assertEquals(List.of("NATOexpansion", "反ロシア", "対中露戦"), HashtagFinder.find("#NATOexpansion\n#反ロシア#対中露戦"));
        assertEquals(List.of("北京五輪", "ウクライナ"), HashtagFinder.find("＃北京五輪 #ウクライナ #北京五輪"));
        assertEquals(List.of(), HashtagFinder.find("# 見出し\n## 小見出し\nC#とF#、/page#top、&#12354;、#2022"));
        assertEquals(List.of("カザフスタン情勢"), HashtagFinder.find("本文。#カザフスタン情勢"));
    }

    @Test
    void addressesAndHashtagsAloneAreHeaderOrFooter() {
        String text = "https://example.jp\nwww.example.com\n\n本文 https://example.jp を参照。\n\n#タグ\n\nexample.co.jp/blog";
        List<TextSpan> spans = ParagraphSplitter.split(text);
        assertEquals(List.of(ParagraphKind.HEADER, ParagraphKind.BODY, ParagraphKind.FOOTER, ParagraphKind.FOOTER),
                ParagraphClassifier.classify(text, spans));
        assertTrue(ParagraphClassifier.isDecoration("d1021.hatenadiary.jp"));
        assertFalse(ParagraphClassifier.isDecoration("CSTO=集団安全保障条約機構"));
        assertFalse(ParagraphClassifier.isDecoration("# 見出し"));
    }

    @Test
    void titlesAreShortenedAtFortyCharacters() {
        assertEquals("短い題", DocumentAnalyzer.shorten("短い題"));
        String long41 = "あ".repeat(41);
        assertEquals("あ".repeat(40) + "…", DocumentAnalyzer.shorten(long41));
        String emoji = "😀".repeat(41);
        assertEquals("😀".repeat(40) + "…", DocumentAnalyzer.shorten(emoji));
    }
}
