package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge's stored reasons, as the sources pane says them in each language. */
class MergeReasonTextTest {
    private final MergeReasonText ja = new MergeReasonText(Messages.of(Language.JAPANESE));
    private final MergeReasonText en = new MergeReasonText(Messages.of(Language.ENGLISH));

    /** As the merge stored it for the demo's protests (¶2, ¶16). */
    private static final String PROTESTS =
            "¶16 with ¶2: same day 2022-01-02; same happening 抗議活動; same category protest; same place カザフスタン; 95% shared words";

    @Test
    void eachPartIsSaidInTheWindowsLanguageWithItsDateAsTheWindowShowsDates() {
        assertEquals("¶16 と ¶2：同じ日（2022年1月2日(日)）、同じ出来事の語（抗議活動）、同じ分類（抗議）、同じ場所（カザフスタン）、語の95%が共通",
                ja.say(PROTESTS));
        assertEquals("¶16 with ¶2: same day (2022年1月2日(日)); same happening (抗議活動); same category (Protest); same place (カザフスタン);"
                + " 95% of the words shared", en.say(PROTESTS));
    }

    @Test
    void otherDocumentsPeriodsActorsSubjectsJoinsAndTheRestAreSaidToo() {
        assertEquals("1a2b3c4d:¶3 と ¶22：同じ期間（2022年1月3日(月)〜2022年1月9日(日)）、主語が同じ（王毅）、共通の人物（トカエフ/ブリンケン）",
                ja.say("1a2b3c4d:¶3 with ¶22: same period 2022-01-03/2022-01-09; same subject 王毅; shared actors トカエフ/ブリンケン"));
        assertEquals("¶34 と ¶26：分析者がまとめた", ja.say("¶34 with ¶26: joined by the analyst"));
        MergeReasonText titled = new MergeReasonText(Messages.of(Language.JAPANESE),
                Map.of("1a2b3c4d", "カザフスタン情勢と米露協議の行方をめぐる各国の反応"));
        assertEquals("「カザフスタン情勢と米露協議の行方をめぐ…」¶3 と ¶22：分析者がまとめた",
                titled.say("1a2b3c4d:¶3 with ¶22: joined by the analyst"), "another document by its title, not by its key");
        assertEquals("9f9f9f9f:¶3 と ¶22：分析者がまとめた", titled.say("9f9f9f9f:¶3 with ¶22: joined by the analyst"),
                "a key of no source listed stays as stored");
        assertEquals("ほか12件の報道も同じ規則でまとめた", ja.say("and 12 more reports merged by the same rules"));
    }

    @Test
    void aReportToldAsTheWiderPeriodSaysThatPeriodAsTheWindowShowsDates() {
        String told = "ea04164e:¶2 with ¶2: told as the wider period 2021-12-01/2021-12-31; same happening 記者会見;"
                + " same object 文書; same person 首相; same category statement";
        assertEquals("ea04164e:¶2 と ¶2：より広い期間（2021年12月1日(水)〜2021年12月31日(金)）として報じた、同じ出来事の語（記者会見）、"
                + "同じ対象（文書）、同じ人（首相）、同じ分類（発言）", ja.say(told));
        assertEquals("ea04164e:¶2 with ¶2: told as the wider period (2021年12月1日(水)〜2021年12月31日(金)); same happening (記者会見);"
                + " same object (文書); same person (首相); same category (Statement)", en.say(told));
    }

    @Test
    void aHappeningRetoldByItsWordSaysTheWord() {
        String told = "¶1 with ¶1: same day 2023-11-12; same happening retold by its word 否決";
        assertEquals("¶1 と ¶1：同じ日（2023年11月12日(日)）、別の記事が出来事をその語（否決）だけで振り返った", ja.say(told));
        assertEquals("¶1 with ¶1: same day (2023年11月12日(日)); same happening (否決), retold by another article by that word of the report alone",
                en.say(told));
    }

    @Test
    void aHappeningNamedInALaterClauseSaysItsDeedAndThing() {
        String told = "¶4 with ¶4: same day 2022-07-10; same happening named in a clause 決壊 堤防; same category disaster";
        assertEquals("¶4 と ¶4：同じ日（2022年7月10日(日)）、出来事の行いと対象（決壊 堤防）を節の中で挙げた、同じ分類（災害）", ja.say(told));
        assertEquals("¶4 with ¶4: same day (2022年7月10日(日)); same happening (決壊 堤防), its deed and thing named in the clause of the other report;"
                + " same category (Disaster)", en.say(told));
    }

    @Test
    void aDeedRetoldByItsDoerAloneSaysTheDoer() {
        String told = "ffe8acd8:¶1 with ¶1: same day 2022-03-08; same doer's deed told by the doer alone 国土交通省; same category announcement";
        assertEquals("ffe8acd8:¶1 と ¶1：同じ日（2022年3月8日(火)）、同じ人・組織（国土交通省）の行いを行った者と行いの語だけで報じた、同じ分類（発表）",
                ja.say(told));
        assertEquals("ffe8acd8:¶1 with ¶1: same day (2022年3月8日(火)); same deed of one doer (国土交通省), told again by the doer and"
                + " the deed alone; same category (Announcement)", en.say(told));
    }

    @Test
    void aHappeningRetoldInFewerWordsSaysHowManyOfTheShorterReportsWords() {
        String told = "ffe8acd8:¶1 with ¶1: same day 2023-10-01; retold in fewer words (5 of the shorter report's 9 words); same category other";
        assertEquals("ffe8acd8:¶1 と ¶1：同じ日（2023年10月1日(日)）、別の記事が少ない語で報じ直した（短い方の9語のうち5語が共通）、同じ分類（その他）",
                ja.say(told));
        assertEquals("ffe8acd8:¶1 with ¶1: same day (2023年10月1日(日)); retold in fewer words by another article (5 of the shorter"
                + " report's 9 words); same category (Other)", en.say(told));
    }

    @Test
    void aHappeningNamedBeforeADeedThatNamesNothingSaysTheDeedAndBothWords() {
        // the deed read (開始, not a fixed 出す or 発表) and the word of each report: the first never said 工場火災
        String told = "¶3 with ¶2: same day 2023-07-19; same happening named before a generic deed 工場火災 (発生) as 火災";
        assertEquals("¶3 と ¶2：同じ日（2023年7月19日(水)）、名指さない行い（発生）の前の語（工場火災）と他方の語（火災）が同じ出来事", ja.say(told));
        assertEquals("¶3 with ¶2: same day (2023年7月19日(水)); same happening: 工場火災 before 発生, a deed that names nothing,"
                + " and 火災 in the other report", en.say(told));
        assertEquals("¶3 with ¶2: same happening: 販売 before 開始, a deed that names nothing, and 販売 in the other report",
                en.say("¶3 with ¶2: same happening named before a generic deed 販売 (開始) as 販売"));
    }

    @Test
    void aThingCalledByItsShortNameSaysTheName() {
        String told = "¶2 with ¶1: same day 2025-06-11; same happening 成立; same thing by its short name 給特法";
        assertEquals("¶2 と ¶1：同じ日（2025年6月11日(水)）、同じ出来事の語（成立）、同じ物を略称（給特法）でも呼んだ", ja.say(told));
        assertEquals("¶2 with ¶1: same day (2025年6月11日(水)); same happening (成立); the same thing, also called by its short name (給特法)",
                en.say(told));
    }

    @Test
    void aWiderReportJoinedByItsNamedDoerInMuchTheSameWordsSaysWho() {
        String told = "¶2 with ¶5: told as the wider period 2022-01; same actor ショルツ in much the same words";
        assertEquals("¶2 と ¶5：より広い期間（2022年1月1日(土)〜2022年1月31日(月)）として報じた、同じ人・組織（ショルツ）をほぼ同じ語で報じた",
                ja.say(told));
        assertEquals("¶2 with ¶5: told as the wider period (2022年1月1日(土)〜2022年1月31日(月)); same actor (ショルツ) in much the same words",
                en.say(told));
    }

    @Test
    void aWordEndingTheOthersCompoundSaysBoth() {
        String told = "¶2 with ¶1: same day 2022-11-10; same happening 統合 ending 経営統合";
        assertEquals("¶2 と ¶1：同じ日（2022年11月10日(木)）、同じ出来事の語（統合、経営統合の末尾）", ja.say(told));
        assertEquals("¶2 with ¶1: same day (2022年11月10日(木)); same happening (統合), which 経営統合 ends with", en.say(told));
    }

    @Test
    void aWiderReportJoinedByItsWordsUpToTheDeedSaysTheDeed() {
        String told = "5d0c1e2a:¶1 with ¶1: told as the wider period 2022-05; same words up to the deed 逮捕; shared actors 田所健一";
        assertEquals("5d0c1e2a:¶1 と ¶1：より広い期間（2022年5月1日(日)〜2022年5月31日(火)）として報じた、行為（逮捕）までの語が共通、共通の人物（田所健一）", ja.say(told));
        assertEquals("5d0c1e2a:¶1 with ¶1: told as the wider period (2022年5月1日(日)〜2022年5月31日(火)); same words up to the deed (逮捕);"
                + " shared actors (田所健一)", en.say(told));
    }

    @Test
    void aHappeningToldOnlyAsOccurredSaysTheWordThatNamesIt() {
        String told = "7b003d7a:¶1 with ¶1: same day 2022-06-11; same happening said as occurred 衝突; 31% shared words";
        assertEquals("7b003d7a:¶1 と ¶1：同じ日（2022年6月11日(土)）、起きたとだけ報じた出来事を語（衝突）で報じた、語の31%が共通", ja.say(told));
        assertEquals("7b003d7a:¶1 with ¶1: same day (2022年6月11日(土)); same happening (衝突), the other saying only that it occurred;"
                + " 31% of the words shared", en.say(told));
    }

    @Test
    void aDayThatOpensOrClosesTheDaysOfAnEventSaysWhichDay() {
        assertEquals("e6d47b5b:¶2 と ¶2：期間の最終日（2023年5月21日(日)）として報じた、同じ出来事の語（会議）、同じ分類（会談）",
                ja.say("e6d47b5b:¶2 with ¶2: told as its last day 2023-05-21; same happening 会議; same category meeting"));
        assertEquals("¶4 with ¶1: told as its first day (2023年8月10日(木))", en.say("¶4 with ¶1: told as its first day 2023-08-10"));
    }

    @Test
    void whatItDoesNotKnowIsShownAsStored() {
        assertEquals("¶2 と ¶3：same sky blue", ja.say("¶2 with ¶3: same sky blue"));
        assertEquals("¶2 と ¶3：同じ分類（weather）", ja.say("¶2 with ¶3: same category weather"), "no such category");
        assertEquals("a reason of another kind", ja.say("a reason of another kind"));
    }
}
