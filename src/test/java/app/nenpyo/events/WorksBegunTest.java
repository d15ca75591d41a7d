package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.EventCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Works begun are other, not the economy (decision 0029's addendum of session 42): a groundbreaking (着工) is the start
 * of works, as an opening is, whatever is built, a company's plant too; the writers of sets ten, eleven, fourteen and
 * fifteen file it so. What is said of the works with a keyword of its own still decides: the money put into them, an
 * announcement of them, the weather that holds them up. Sentences written for this test like those of the sets.
 */
class WorksBegunTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
        // works begun: a town hall, a bridge, a plant, land for a move
        "市の新庁舎は5日に着工した。|OTHER",
        "県は10日、新しい橋の工事に着工した。|OTHER",
        "同社の新工場は3日に着工した。|OTHER",
        "町は今月4日、移転先の造成に着工した。|OTHER",
        // near misses: the works announced, the money put into them, a cost, the weather that stops them
        "同社は3日、新工場の着工を発表した。|ANNOUNCEMENT",
        "同社は4月、新工場の建設に500億円を投資した。|ECONOMY",
        "新工場の着工を受けて、同社の株価は5日に急騰した。|ECONOMY",
        "新庁舎の着工は5日、大雨で延期された。|DISASTER",
    })
    void worksBegunAreOther(String sentence, EventCategory expected) {
        assertEquals(expected, Articles.categoryOfTheOne(sentence, DATE), sentence);
    }

    @Test
    void theWorksWordSaysNothing() {
        assertEquals(EventCategory.OTHER, CategoryRules.categorise("着工", "同社の新工場が着工", List.of(), List.of()));
        // what the works' start is said with decides: the plant's investment, the works' cost
        assertEquals(EventCategory.ECONOMY, CategoryRules.categorise("着工", "同社の新工場が着工", List.of(), List.of("投資")));
        assertEquals(EventCategory.ECONOMY, CategoryRules.categorise("増加", "着工後に工事費が増加", List.of(), List.of()));
    }
}
