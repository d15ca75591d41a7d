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
 * An incident named by its fire is a disaster (decision 0029's addendum of session 42, {@link IncidentsByFire}): the
 * date inside a frame that tells a fire and ends with 事件 dates the fire. Sentences written for this test like those of
 * sets three and fifteen, each hit beside the near misses the rule must leave as they were.
 */
class IncidentsByFireTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{2} ← {1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // the incident's date in its frame: a house burnt down, a studio set on fire
        "港北市で昨年2月、住宅が全焼して夫婦が死亡した事件で、地裁は14日、初公判を9月1日に開くと決めた。|昨年2月|DISASTER",
        "昨年7月に市内のスタジオが放火され36人が死亡した事件で、府警は27日、男を逮捕した。|昨年7月|DISASTER",
        // near misses: an incident of no fire, and the case's own steps of the same sentences
        "北沢村で1987年に一家3人が殺害された事件で、地裁は14日、再審の開始を決めた。|1987年|LEGAL",
        "昨年7月に市内のスタジオが放火され36人が死亡した事件で、府警は27日、男を逮捕した。|27日|LEGAL",
        // near misses of review rvD (finding 1): a fire's word in a thing's name, no fire the incident was
        "昨年5月、火災保険金約500万円をだまし取った事件で、県警は5日、男を逮捕した。|昨年5月|LEGAL",
        "昨年5月に火災報知器を盗んだ事件で、地裁は5日、男に有罪判決を言い渡した。|昨年5月|LEGAL",
        "昨年5月に女性が焼死体で見つかった事件で、県警は5日、元交際相手の男を殺人の疑いで逮捕した。|昨年5月|LEGAL",
        // hits beside them: the fire told as a deed
        "昨年5月に住宅が火災で焼け、2人が焼死した事件で、県警は5日、男を逮捕した。|昨年5月|DISASTER",
    })
    void theIncidentIsItsFire(String sentence, String date, EventCategory expected) {
        List<Report> reports = Articles.reports(sentence, DATE);
        Report dated = reports.stream().filter(r -> r.source().expressionText().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError(date + " not among " + reports));
        assertEquals(expected, dated.category(), sentence + " → " + reports);
    }

    @Test
    void aFireToldBeforeTheIncident() {
        assertTrue(IncidentsByFire.anIncidentByFire("兵庫県東湊市で住宅が全焼して夫婦が死亡した事件"));
        assertTrue(IncidentsByFire.anIncidentByFire("スタジオが放火され36人が死亡した事件"));
        assertFalse(IncidentsByFire.anIncidentByFire("北沢村で一家3人が殺害された「北沢事件」"));
        assertFalse(IncidentsByFire.anIncidentByFire("放火事件で県警が男を逮捕"));
        assertFalse(IncidentsByFire.anIncidentByFire("火災保険金約500万円をだまし取った事件"));
        assertFalse(IncidentsByFire.anIncidentByFire("火災報知器を盗んだ事件"));
        assertFalse(IncidentsByFire.anIncidentByFire("女性が焼死体で見つかった事件"));
        assertTrue(IncidentsByFire.anIncidentByFire("住宅が火災で焼け2人が焼死した事件"));
        assertTrue(IncidentsByFire.anIncidentByFire("アパートに火をつけ住人が焼死した事件"));
        assertEquals(EventCategory.DISASTER, CategoryRules.categorise("", "住宅が全焼して夫婦が死亡した事件", List.of(), List.of()));
        assertEquals(EventCategory.LEGAL, CategoryRules.categorise("", "一家3人が殺害された事件", List.of(), List.of()));
    }
}
