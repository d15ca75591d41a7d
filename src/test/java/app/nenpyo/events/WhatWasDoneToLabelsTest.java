package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline says who did what to what, with the words naming the thing: a name in brackets, the
 * name a thing was given, the partner of a talk, the one a message went to, what was announced as
 * well or by a date of its own. Sentences written for these tests in the style of news reports.
 */
class WhatWasDoneToLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 10);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    private static List<String> labels(String text) {
        return Articles.reports(text, DAY).stream().map(Report::label).toList();
    }

    @Test
    void aCeremonyNamedInBracketsIsWhatWasAttended() {
        assertEquals("県知事が秋の大祭に出席", label("県知事は9日、「秋の大祭」に出席し、あいさつした。\n"));
    }

    @Test
    void wordsInBracketsTakenByWoAreWhatWasExpressed() {
        assertEquals("外務省の報道官が強い遺憾を表明", label("外務省の報道官は4日、「強い遺憾」を表明した。\n"));
    }

    @Test
    void speechInBracketsStaysSpeech() {
        assertEquals("外相が「協議を続けたい」と発言", label("外相は4日、「協議を続けたい」と述べた。\n"));
    }

    @Test
    void theNameAThingWasGivenIsSaidWithIt() {
        assertEquals("市が新たな公園の愛称を「みどりの丘」と発表", label("市は5日、新たな公園の愛称を「みどりの丘」と発表した。\n"));
        assertEquals("官房長官が北朝鮮の対応を「極めて遺憾」と批判",
                label("官房長官は3日、北朝鮮の対応を「極めて遺憾」と批判した。\n"));
    }

    @Test
    void aLongQuoteIsSaidByItsLastPart() {
        assertEquals("外相が「到底受け入れることはできない」と発言",
                label("外相は20日、記者団に「国際法に明確に反する一方的な行為で、到底受け入れることはできない」と述べた。\n"));
    }

    @Test
    void theOneTalkedWithIsNamedThoughTheTokenizerReadsAnd() {
        assertEquals("首相が野党の党首と会談", label("首相は13日、野党の党首と会談した。\n"));
        assertEquals("首相が与党の山田代表と約1時間会談", label("首相は13日夕、与党の山田代表と約1時間会談した。\n"));
    }

    @Test
    void whomAMessageWentToComesBeforeHowItWent() {
        assertEquals("首相が受賞者に祝意を伝達", label("首相は7日夜、受賞者に電話で祝意を伝えた。\n"));
    }

    @Test
    void whatWasAnnouncedAsWellIsSaid() {
        assertEquals(List.of("同社が新型電池の量産開始も発表", "同社が新型電池の量産開始も発表"),
                labels("同社は15日、新型電池の量産を来年3月に始めることも発表した。\n"));
    }

    @Test
    void anObjectWrittenBeforeTheLabelsOwnDateIsSaid() {
        assertEquals(List.of("町が防災計画改定と発表", "町が防災計画を改定"),
                labels("町は2日、防災計画を年度内に改定すると発表した。\n"));
        assertEquals(List.of("県が指針をまとめると発表", "県が指針をまとめる"),
                labels("県は2日、指針を年度末までにまとめると発表した。\n"));
    }

    @Test
    void anAdverbBetweenTheQuotingToAndTheDeedKeepsWhatWasReported() {
        assertEquals("政府が感染症の分類を5類に移行と確認", labels("政府は20日、感染症の分類を「5類」に移行すると改めて確認した。\n").get(0));
    }

    @Test
    void aLabelTooLongDropsWhereBeforeWhat() {
        assertEquals("宇宙研究機構が新型主力ロケット「X7」2号機を打ち上げる",
                label("宇宙研究機構は17日午前9時22分、新型主力ロケット「X7」2号機を鹿児島県の南種子町宇宙センターから打ち上げた。\n"));
    }

    @Test
    void aTitleSaidAloneIsTheHolderNamedBefore() {
        assertEquals(List.of("菅義偉首相が3県に緊急事態宣言を発令", "期間が開始", "菅義偉首相が記者会見で「感染を抑え込む」と発言"),
                labels("菅義偉首相は7日、3県に緊急事態宣言を発令した。期間は8日からの1か月間。首相は7日夕方の記者会見で、「感染を抑え込む」と述べた。\n"));
        assertEquals("山川県北原市が元職員を刑事告発",
                labels("山川県北原市は3日、職員を懲戒免職とした。市は5日、元職員を刑事告発した。\n").get(1));
    }

    @Test
    void anotherOfficeOrAWordHoldingTheTitleNamesNoHolder() {
        assertEquals("岸田文雄首相が帰国",
                labels("岸田文雄首相は1日、訪米した。野田佳彦元首相は3日、講演した。首相は5日、帰国した。\n").get(2));
        assertEquals("市が元職員を刑事告発", labels("市職員は3日、出勤した。市は5日、元職員を刑事告発した。\n").get(1));
    }

    @Test
    void aCommonNounEndingInALocalBodysKindNamesNoMunicipality() {
        assertEquals("市が非常事態を宣言", labels("国内の主要都市でデモが起きた。市は5日、非常事態を宣言した。\n").get(0));
        assertEquals("町が観光計画を発表", labels("城下町の古い町並みが残る。町は8日、観光計画を発表した。\n").get(0));
        assertEquals("村が支援策を決定", labels("過疎が進む農村や漁村は多い。村は2日、支援策を決めた。\n").get(0));
        assertEquals("県が受け入れを表明", labels("他県からの避難者が増えた。県は4日、受け入れを表明した。\n").get(0));
        assertEquals("南浜町が観光計画を発表", labels("海辺の南浜町は城下町として栄えた。町は8日、観光計画を発表した。\n").get(0),
                "the place named with its kind counts, not the common noun after it");
    }

    @Test
    void anElectionIsToldWithItsResult() {
        // the title the win brought is the result (decision 0037's rule 22); it said the win, 山本太郎氏が新人2人を破る
        assertEquals("県知事選が投開票、山本太郎氏が再選を果たす",
                label("任期満了に伴う県知事選は12日投開票され、現職の山本太郎氏が新人2人を破り、再選を果たした。\n"));
        assertEquals("市長選が投票、田中氏が初当選", label("市長選は5日投票され、即日開票の結果、新人の田中氏が初当選した。\n"));
        assertEquals("参院選が投開票", label("参院選は予定通り10日に投開票される。\n"));
    }

    @Test
    void anAdjectiveSayingHowIsDroppedAsAnAdverbIs() {
        assertEquals("政府が企業に賃上げを要求", label("政府は5日、企業に賃上げを強く求めた。\n"));
    }
}
