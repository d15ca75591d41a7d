package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a thing was made, said by a noun and と or に する (職員を懲戒免職とした, 規定を違憲とした), told as the deed
 * (decision 0037's addendum of 2026-12-14). Sentences written for these tests in the style of news reports, of several
 * domains.
 */
class WhatItWasMadeLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text + "\n", DAY);
    }

    @Test
    void whatTheObjectWasMadeIsTheDeed() {
        assertEquals(List.of("2024-06-12 市が不正を働いた職員を懲戒免職"), labels("市は12日、不正を働いた職員を懲戒免職とした。"));
        assertEquals(List.of("2024-06-12 最高裁大法廷が規定を違憲"), labels("最高裁大法廷は12日、規定を違憲とした。"));
        assertEquals(List.of("2024-06-12 市が市立の小中学校を臨時休校"), labels("市は12日から市立の小中学校を臨時休校にしている。"));
        assertEquals(List.of("2024-06-12 会社が工場の稼働を停止"), labels("会社は12日、工場の稼働を停止とした。"));
        assertEquals(List.of("2024-06-13/2024-06-15 園が3日間を休園"), labels("園は13日から15日までの3日間を休園とした。"));
    }

    @Test
    void theFirstOfTwoDeedsJoinedByAComma() {
        // as a sahen deed ending its clause at a comma is (懲戒免職し、)
        assertEquals(List.of("2024-06-12 市が職員を懲戒免職"), labels("市は12日、職員を懲戒免職とし、上司を減給処分とした。"));
    }

    @Test
    void whatWasSecuredOrCountedAmongOrAmountedKeepsItsReading() {
        // an adjectival noun with に: the object is what was secured
        assertEquals(List.of("2024-06-12 与党が過半数"), labels("与党は12日、過半数を確実にした。"));
        // a noun after の: what the object was counted among
        assertEquals(List.of("2024-06-12 政府がガリウム"), labels("政府は12日、ガリウムを輸出規制の対象にした。"));
        // a number: an amount
        assertEquals(List.of("2024-06-12 市が補助率"), labels("市は12日、補助率を3割とした。"));
    }

    @Test
    void aPlanOrAViewAVerbModifiesKeepsItsReading() {
        // a modal noun, or a noun a verb modifies, is no thing the object was made: a plan or a view
        assertEquals(List.of("2024-06-12 政府が工事を見送る方針"), labels("政府は12日、工事を見送る方針とした。"));
        assertEquals(List.of("2024-06-12 県が対応"), labels("県は12日、対応を協議する見通しとした。"));
        assertEquals(List.of("2024-06-12 知事が補助金を増やす考え"), labels("知事は12日、補助金を増やす考えとした。"));
    }

    @Test
    void aJudgementOfATopicWithNoObjectKeepsWhatWasJudged() {
        assertEquals(List.of("2024-06-12 委員会が計画"), labels("委員会は12日、計画は妥当とした。"));
        assertEquals(List.of("2024-06-12 政府が追加の対策"), labels("政府は12日、追加の対策が必要とした。"));
        assertEquals(List.of("2024-06-12 気象台が揺れ"), labels("気象台は12日、今回の揺れは余震とした。"));
    }

    @Test
    void aFrameOrAKindAtACommaGivesWayToTheDeedAfterIt() {
        assertEquals(List.of("2024-06-12 政府がワクチンの接種を開始"), labels("政府は12日、65歳以上を対象とし、ワクチンの接種を始めた。"));
        assertEquals(List.of("2024-06-12 協会が大会を中止"), labels("協会は12日、安全面を理由とし、大会を中止した。"));
        assertEquals(List.of("2024-06-12 町が案内板を設置"), labels("町は12日、観光客を念頭にし、案内板を設置した。"));
        assertEquals(List.of("2024-06-12 県警が捜査本部を設置"), labels("県警は12日、事件を殺人事件とし、捜査本部を設置した。"));
        // a sahen noun at a comma is a deed of its own
        assertEquals(List.of("2024-06-12 高裁が一審判決を破棄"), labels("高裁は12日、一審判決を破棄とし、審理を差し戻した。"));
        assertEquals(List.of("2024-06-12 市が小学校を休校"), labels("市は12日、小学校を休校にし、児童を帰宅させた。"));
    }

    @Test
    void anIdiomOfAOneCharacterNounKeepsItsObject() {
        assertEquals(List.of("2024-06-12 チームが3年ぶりの優勝"), labels("チームは12日、3年ぶりの優勝を手にした。"));
        assertEquals(List.of("2024-06-12 社長が引退"), labels("社長は12日、初めて引退を口にした。"));
        assertEquals(List.of("2024-06-12 会社が生産"), labels("会社は12日、生産を倍にした。"));
        // a noun of two characters is what the object was made
        assertEquals(List.of("2024-06-12 市が駐車場を無料"), labels("市は12日、駐車場を無料にした。"));
    }

    @Test
    void aDisciplineOfAKindIsTheDeedToldWithItsObject() {
        assertEquals(List.of("2024-06-12 県教育委員会が男性教諭を懲戒処分"), labels("県教育委員会は12日、男性教諭を停職6か月の懲戒処分とした。"));
        assertEquals(List.of("2024-06-12 市教育委員会が女性教諭を懲戒処分"), labels("市教育委員会は12日、女性教諭を減給10分の1の懲戒処分とした。"));
    }
}
