package app.nenpyo.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 翌年, 翌月 and 前年同月 count from the happening the sentence dates them by: a year or month after
 * a named happening (完成の翌年, 打ち上げの翌月) from the date told with it, and 同月 from the last date
 * told with its month, not from a year written since.
 */
class CountedFromWhatIsNamedTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // document | text | the relative date | its value
        "2023-03-14|新工場は2015年4月に完成し、昨年秋から増産を続けている。完成の翌年3月には、第2工場の建設も始まった。|翌年3月|2016-03",
        "2023-03-14|探査機は2018年6月に種子島から打ち上げられ、今月帰還した。打ち上げの翌月には、機器の試験を終えていた。|翌月|2018-07",
        "2023-03-14|同社は2020年に上場し、2022年には海外に進出した。上場の翌年、創業者は退任した。|翌年|2021",
        "2023-02-24|総務省が発表した1月の消費者物価指数（2020年＝100）は105.0で、前年同月に比べ3.5％上がった。|前年同月|2022-01",
        "2023-03-14|県は2021年5月に条例を定めた。同月、最初の審査会が開かれた。|同月|2021-05",
        // near miss: a name told with no date counts from the last date, as before
        "2023-03-14|同社は2020年に上場し、2022年には海外に進出した。事件の翌年、創業者は退任した。|翌年|2023",
    })
    void countsFromTheHappeningNamed(String document, String text, String relative, String value) {
        assertEquals(value, FoundMentions.valueOf(text, document, relative));
    }
}
