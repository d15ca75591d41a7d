package app.nenpyo.events;

import static app.nenpyo.events.Articles.reasons;
import static app.nenpyo.events.WiderPeriodsTest.holding;
import static app.nenpyo.events.WiderPeriodsTest.merged;
import static app.nenpyo.events.WiderPeriodsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thing named in full with its short name in brackets, and by the short name alone in a later article
 * ({@link ShortNames}; decision 0043's addendum of session 35). Sentences written for this test, none from the
 * held-out sets. Articles of 2022, read and merged as {@link WiderPeriodsTest} does.
 */
class ShortNamesTest {

    @Test
    void aShortNameInBracketsIsTheOneTheOtherUses() {
        assertEquals("動愛法", ShortNames.sharedShortName(List.of("改正動物愛護管理法（動愛法）", "成立"), List.of("成立", "改正動愛法")));
        assertEquals("動愛法", ShortNames.sharedShortName(List.of("改正動愛法"), List.of("改正動物愛護管理法（動愛法）")), "either way round");
        assertEquals("IAEA", ShortNames.sharedShortName(List.of("国際原子力機関（IAEA）"), List.of("IAEA")));
    }

    @Test
    void aPlaceOrAnAgeInBracketsOrAnotherLawIsNoShortName() {
        // a company's place keeps no last character of its name, an age is no name, another law is another
        assertEquals("", ShortNames.sharedShortName(List.of("北洋物産（東京都港区）"), List.of("東京都港区")));
        assertEquals("", ShortNames.sharedShortName(List.of("山田太郎社長（58）"), List.of("58")));
        assertEquals("", ShortNames.sharedShortName(List.of("改正動物愛護管理法（動愛法）"), List.of("改正道交法")));
        // both in full: the other's head word is the full name, not the short one
        assertEquals("", ShortNames.sharedShortName(List.of("改正動物愛護管理法（動愛法）"), List.of("改正動物愛護管理法（動愛法）")));
    }

    @Test
    void anotherNameEndingWithTheShortNameOrOneAlreadySharedCountsNothing() {
        // 改正福島復興再生特措法 is another 特措法; 生成AI is no 人工知能; 新法 and 改正法 end many names
        assertEquals("", ShortNames.sharedShortName(List.of("改正新型インフルエンザ等対策特別措置法（特措法）"), List.of("改正福島復興再生特措法")));
        assertEquals("", ShortNames.sharedShortName(List.of("人工知能（AI）"), List.of("生成AI")));
        // the short name a head word of both: the shared head already counts it (+2), no +1 again
        assertEquals("", ShortNames.sharedShortName(List.of("改正新型インフルエンザ等対策特別措置法（特措法）", "特措法"), List.of("特措法")));
        // the short name amended or new is still the thing
        assertEquals("特措法", ShortNames.sharedShortName(List.of("新型インフルエンザ等対策特別措置法（特措法）"), List.of("新特措法")));
    }

    @Test
    void twoLawsOfOneShortNameAreNotSaidToBeOneThing() {
        List<Event> events = merged(read("改正新型インフルエンザ等対策特別措置法（特措法）が10日の参院本会議で可決、成立した。\n", 6, 10),
                read("10日に施行された改正福島復興再生特措法で、住民の帰還が進む。\n", 6, 17));

        assertTrue(events.stream().map(Articles::reasons).noneMatch(r -> r.contains("same thing by its short name")), events.toString());
    }

    @Test
    void aLawPassedInFullAndNamedShortLaterIsOneEnactment() {
        List<Event> events = merged(read("改正動物愛護管理法（動愛法）が10日の参院本会議で賛成多数で可決、成立した。\n", 6, 10),
                read("先週10日に成立した改正動愛法で、ペット店への規制が強まる。\n", 6, 17));

        Event enacted = holding(events, "10日");
        assertEquals(enacted.id(), holding(events, "先週10日").id(), "one law enacted: " + events);
        assertTrue(reasons(enacted).contains("same thing by its short name 動愛法"), reasons(enacted));
    }
}
