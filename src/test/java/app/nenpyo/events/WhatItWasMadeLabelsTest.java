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
}
