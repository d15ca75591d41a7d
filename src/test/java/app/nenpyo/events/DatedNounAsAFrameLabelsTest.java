package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dated noun that frames the deed after it (開幕戦を前に, 運行を最後に, 会談を控え, 式典を機に, 公演を皮切りに) is said
 * with that deed, not alone (decision 0037's addendum of 2026-12-13). Sentences written for these tests in the style
 * of news reports, of several domains.
 */
class DatedNounAsAFrameLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static List<String> labels(String text) {
        return Articles.datedLabels(text + "\n", DAY);
    }

    @Test
    void aDatedNounFramingTheDeedIsSaidWithIt() {
        assertEquals(List.of("2024-07-15 球団が開幕戦を前に監督を交代"), labels("球団は15日の開幕戦を前に監督を交代させた。"));
        assertEquals(List.of("2024-03-31 鉄道会社が運行を最後に路線を廃止"), labels("鉄道会社は3月31日の運行を最後に路線を廃止した。"));
        assertEquals(List.of("2024-07-10 首相が首脳会談を控え外相と協議"), labels("首相は来月10日の首脳会談を控え、外相と協議した。"));
        assertEquals(List.of("2024-07-01 市が式典を機に市章を発表"), labels("市は1日の式典を機に新しい市章を発表した。"));
        assertEquals(List.of("2024-07-05 劇団が東京公演を皮切りに全国を回る"), labels("劇団は5日の東京公演を皮切りに全国を回る。"));
        // set off by its comma
        assertEquals(List.of("2024-07-10 県が会議を前に関係者から意見を聴く"), labels("県は10日の会議を前に、関係者から意見を聴いた。"));
    }

    @Test
    void aDatedNounThatIsTheSettingOrWhatIsDoneIsReadAsBefore() {
        assertEquals(List.of("2024-06-10 政府が閣議で方針を決定"), labels("政府は10日の閣議で、方針を決めた。"));
        assertEquals(List.of("2024-06-10 市が会議を開催"), labels("市は10日の会議を開いた。"));
        // the doer is not right before the date (a plan inside what was announced): left as before
        assertEquals(List.of("2024-07-01 鉄道会社が来年3月31日の運行を最後に廃止と発表", "2025-03-31 運行"),
                labels("鉄道会社は1日、利用者が減る路線を来年3月31日の運行を最後に廃止すると発表した。"));
    }
}
