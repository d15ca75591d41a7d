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
 * A bill, a plan or a resolution voted by a chamber is a step of law making, legal, where what is voted has no category
 * of its own ({@link ChamberVotes}, decision 0029's addendum of session 40). Sentences written for this test.
 */
class ChamberVotesTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        "市議会は5日の本会議で、新庁舎の建設計画を可決した。|LEGAL",
        "法案は5日、衆院を通過した。|LEGAL",
        "参院は5日、改正法を賛成多数で可決した。|LEGAL",
        "町議会は12日、第三者による調査委員会の設置を全会一致で可決した。|LEGAL",
        "州議会は3日、野党の提出した決議案を否決した。|LEGAL",
        "常務委員会は30日、国家安全維持法を可決した。|LEGAL",
        // near misses: a no-confidence motion (other, as the writers split), a company's vote, a typhoon passing, a
        // budget (the economy's: what is voted decides), a referendum (the election's)
        "市議会は5日、市長の不信任決議案を可決した。|OTHER",
        "株主総会は5日、取締役の選任案を可決した。|ECONOMY",
        "台風は5日、本州を通過した。|DISASTER",
        "町議会は5日、来年度予算案を可決した。|ECONOMY",
        "改憲案は5日、国民投票で否決された。|ELECTION",
        "理事会は5日、新しい会則を可決した。|OTHER",
    })
    void aChambersVoteIsTheLaws(String sentence, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(expected, reports.get(0).category(), sentence + " → " + reports);
    }

    @Test
    void aVoteNeedsItsOutcomeAndAChamberOrALaw() {
        assertTrue(ChamberVotes.aBillVoted("計画が町議会で可決", "可決"));
        assertTrue(ChamberVotes.aBillVoted("衆院を通過", "通過"));
        assertTrue(ChamberVotes.aBillVoted("委員会が個人情報保護法を可決", "可決"));
        assertFalse(ChamberVotes.aBillVoted("市議会が本会議を開催", "開催"), "no vote");
        assertFalse(ChamberVotes.aBillVoted("委員会が新しい方法を可決", "可決"), "方法 is no law");
        assertFalse(ChamberVotes.aBillVoted("委員会が新しい治療法を可決", "可決"), "a treatment is no law");
        assertFalse(ChamberVotes.aBillVoted("委員会が選考の手法を可決", "可決"));
        assertFalse(ChamberVotes.aBillVoted("市議会が市長の信任案を否決", "否決"), "a motion of confidence");
        assertFalse(ChamberVotes.aBillVoted("列車がトンネルを通過", "通過"));
    }
}
