package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A search by the police or prosecutors, told from a search for the missing, on labels written for this test. */
class PoliceSearchesTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
        "県警が男の自宅を捜索|捜索|true",
        "大阪府警が運営会社の本社を捜索|捜索|true",
        "警視庁が元社長の事務所を捜索|捜索|true",
        "東京地検特捜部が議員会館の事務所を捜索|捜索|true",
        "中央署が店舗を捜索|捜索|true",
        // a search for the missing, firefighters and a tax office are not the police's
        "海上保安庁が巡視船で不明者を捜索|捜索|false",
        "消防署が川で男性を捜索|捜索|false",
        "税務署が会社を捜索|捜索|false",
        "自衛隊が山中で不明者を捜索|捜索|false",
        // the police doing another deed, and a search with no doer named
        "県警が男を逮捕|逮捕|false",
        "県警が会見|会見|false",
        "山中で捜索|捜索|false",
    })
    void aSearchIsThePolicesWhenTheyDoIt(String label, String predicate, boolean expected) {
        assertEquals(expected, PoliceSearches.aPoliceSearch(label, predicate));
    }
}
