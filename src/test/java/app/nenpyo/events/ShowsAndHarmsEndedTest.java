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
 * A state, not an act (decision 0029's addendum of session 41): a thing put on show is a display, other, not news
 * made known ({@link ThingsOnShow}); a disaster's harm ended is the return to the ordinary state, other, not the
 * disaster ({@link HarmsEnded}); the National Diet Library and the Diet's building are no chamber and no meeting. Sentences written for this test, from
 * several domains, each hit beside the near misses the rules must leave as they were.
 */
class ShowsAndHarmsEndedTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        // a thing on show: a temple's statue, a museum's fossil, a zoo's animal, a castle's rooms, a garden
        "寺は5日から10日まで、本尊を特別に公開する。|OTHER",
        "博物館は3日、恐竜の化石を特別公開した。|OTHER",
        "パンダの一般公開が12日に始まった。|OTHER",
        "城の内部は8日、一般公開された。|OTHER",
        "皇居の庭園は4月1日から一般に公開される。|OTHER",
        "動物園は5日、パンダの一般公開を再開した。|OTHER",
        "寺は5日、秘仏の特別公開を行った。|OTHER",
        "寺は5日、秘仏の特別公開を終えた。|OTHER",
        // near misses: information published, a product released, a display called off announced, a video
        "市は9日、避難所のリストを公開した。|ANNOUNCEMENT",
        "同社は1日、新しいアプリを公開した。|ANNOUNCEMENT",
        "市は8日、特別公開の中止を発表した。|ANNOUNCEMENT",
        "警察は14日、事件の防犯カメラの映像を公開した。|ANNOUNCEMENT",
        // near misses: a deed about a display, neither its start nor its end (the reviewer's sentences, session 41)
        "市は5日、特別公開を発表した。|ANNOUNCEMENT",
        "寺は5日、秘仏の特別公開を決めた。|ANNOUNCEMENT",
        "市は5日、城の一般公開を延期した。|ANNOUNCEMENT",
        "美術館は10日、名画の一般公開を発表した。|ANNOUNCEMENT",
        // a disaster's harm ended: water, power, a road, a network
        "断水は5日夜までに全ての地域で解消した。|OTHER",
        "電力会社は8日までに停電をほぼ解消した。|OTHER",
        "大雪による車の立ち往生は26日朝にすべて解消した。|OTHER",
        "台風で止まっていた通信障害は3日に全面復旧した。|OTHER",
        // near misses: the harm itself, its end announced, an end of no disaster, a lifting (the writers split)
        "大雪で27日、車の立ち往生が起きた。|DISASTER",
        "電力会社は8日、停電の解消を発表した。|ANNOUNCEMENT",
        "東京電力は8日、停電の復旧を発表した。|ANNOUNCEMENT",
        "町は5日、避難指示を解除した。|DISASTER",
        "国税庁は2日、税率の誤りを解消した。|ECONOMY",
        // the Diet's building holds no 会議: a tour held there is no meeting, one called off for snow the snow's
        "国会議事堂で5日、子ども向けの見学会が開かれた。|OTHER",
        "国会議事堂は5日、大雪のため見学を中止した。|DISASTER",
        // near misses: a chamber's sitting and a vote in it
        "衆院は5日の本会議で、法案を可決した。|LEGAL",
        "国会は5日、会期末を迎えた。|OTHER",
    })
    void aStateIsNotTheAct(String sentence, EventCategory expected) {
        assertEquals(expected, categoryOf(sentence), sentence);
    }

    @Test
    void theLabelsDeedIsWhatIsOnShow() {
        assertTrue(ThingsOnShow.onShow("寺が本尊を特別に公開"));
        assertTrue(ThingsOnShow.onShow("特別公開を終了"));
        assertFalse(ThingsOnShow.onShow("市が特別公開の中止を発表"));
        assertFalse(ThingsOnShow.onShow("市が避難所のリストを公開"));
        assertTrue(ThingsOnShow.onShow("動物園がパンダの一般公開を再開"));
        assertFalse(ThingsOnShow.onShow("市が特別公開を発表"));
        assertFalse(ThingsOnShow.onShow("寺が秘仏の特別公開を決定"));
        assertFalse(ThingsOnShow.onShow("市が城の一般公開を延期"));
    }

    @Test
    void aStateEndsByItsPredicate() {
        assertTrue(HarmsEnded.endsAHarm("解消"));
        assertTrue(HarmsEnded.endsAHarm("全面復旧"));
        assertFalse(HarmsEnded.endsAHarm("発生"));
        assertFalse(HarmsEnded.endsAHarm("解除"));
    }

    @Test
    void theDietLibraryIsNoChamber() {
        // its committee's vote is no bill's, and its name stops no reading as a session of parliament would
        assertFalse(ChamberVotes.aBillVoted("国会図書館の運営委員会が改正案を可決", "可決"));
        assertTrue(ChamberVotes.aBillVoted("国会が改正案を可決", "可決"));
        assertEquals(EventCategory.DISASTER, CategoryRules.categorise("休館", "国会図書館が臨時休館", List.of("国会図書館"),
                List.of("大雪")));
        assertEquals(EventCategory.OTHER, CategoryRules.categorise("休館", "国会が臨時休館", List.of("国会"),
                List.of("大雪")));
    }

    private static EventCategory categoryOf(String sentence) {
        List<Report> reports = Articles.reports(sentence, DATE);
        assertEquals(1, reports.size(), () -> sentence + " → " + reports);
        return reports.get(0).category();
    }
}
