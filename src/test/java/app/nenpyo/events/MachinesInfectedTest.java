package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infection on computers is no outbreak (decision 0029's addendum of session 42, {@link MachinesInfected}): malware
 * or a machine named with 感染 makes the clause read again without it. Sentences written for this test like those of
 * sets five and seven, each hit beside the near misses the rule must leave as they were.
 */
class MachinesInfectedTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        // a machine infected: a hospital's computer, a company's server, a city's terminals
        "同病院では5日、職員のパソコンがウイルスに感染した。|OTHER",
        "同社のサーバーは5日、ランサムウェアに感染した。|OTHER",
        "市役所の端末は8日、マルウェアに感染した。|OTHER",
        // near miss: the same infection told in an announcement is the announcement (発表 decides first)
        "市は8日、庁内の端末がマルウェアに感染したと発表した。|ANNOUNCEMENT",
        // near misses of review rvD (finding 3): an outbreak, a machine named in a later clause, not infected
        "同病院では5日、看護師ら10人の感染が確認され、共用のパソコンの消毒を徹底している。|DISASTER",
        "市内の病院で5日、新型コロナウイルスの集団感染が確認され、パソコンなどの共用を控えるよう呼びかけた。|DISASTER",
        // near misses: people and birds infected, a person by a virus named, a machine broken with no infection
        "東京都内では24日、新たに876人の感染が確認された。|DISASTER",
        "養鶏場で5日、鳥インフルエンザの感染が確認された。|DISASTER",
        "男性は5日、新型コロナウイルスに感染した。|DISASTER",
        "市役所のパソコンは5日、落雷で壊れた。|DISASTER",
    })
    void aMachinesInfectionIsNoOutbreak(String sentence, EventCategory expected) {
        assertEquals(expected, Articles.categoryOfTheOne(sentence, DATE), sentence);
    }

    @Test
    void malwareOrAMachineNamedWithTheInfection() {
        assertTrue(MachinesInfected.aMachineInfected("職員のパソコンがウイルスに感染", List.of(), List.of()));
        assertTrue(MachinesInfected.aMachineInfected("分かる", List.of(), List.of("ロックビット", "ランサムウェア", "感染")));
        assertFalse(MachinesInfected.aMachineInfected("東京都で876人の感染が確認", List.of(), List.of()));
        assertFalse(MachinesInfected.aMachineInfected("市役所のパソコンが故障", List.of(), List.of("落雷")));
        // システム is told of outbreaks too (医療システムが逼迫): no machine
        assertFalse(MachinesInfected.aMachineInfected("感染拡大で医療システムが逼迫", List.of(), List.of()));
        // a machine named, but not what is infected
        assertFalse(MachinesInfected.aMachineInfected("看護師ら10人の感染が確認", List.of(),
                List.of("病院", "看護師", "感染", "確認", "共用", "パソコン", "消毒", "徹底")));
        assertTrue(MachinesInfected.aMachineInfected("分かる", List.of(), List.of("パソコン", "ウイルス", "感染")));
        // what else is said still decides: the power cut
        assertEquals(EventCategory.DISASTER, CategoryRules.categorise("感染", "パソコンがウイルスに感染", List.of(),
                List.of("落雷", "停電")));
        assertEquals(EventCategory.OTHER, CategoryRules.categorise("感染", "パソコンがウイルスに感染", List.of(), List.of()));
    }
}
