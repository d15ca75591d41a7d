package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A limit set in a request ({@link RequestedLimits}): the day by which someone is asked, told or ordered to have done
 * something is background; the day of the request, a limit the doer sets itself and a deed done by a day stay. Session
 * 30, issue 4. On sentences written for this test.
 */
class RequestedLimitsTest {

    /** A Wednesday in June 2023. */
    private static final LocalDate DATE = LocalDate.of(2023, 6, 14);

    @ParameterizedTest(name = "{1} in {0}: background {2}")
    @CsvSource(delimiter = '|', value = {
        "外務省は2人に、期限の20日までに国外に出るよう求めている。|20日|true",
        "県は各市町村に、来月末までに被害を報告するよう通知した。|来月末|true",
        "消費者庁は来月上旬までに、表示の見直しを業界に求める。|来月上旬|true",
        // not: the day of the request
        "県は20日、各市町村に被害を報告するよう求めた。|20日|false",
        // a limit the doer sets itself
        "被告側は期限の28日までに控訴するかどうかを決める。|28日|false",
        // a deed done by a day, then a request in another clause
        "市は10日までに避難所を開き、住民に外出を控えるよう呼びかけた。|10日|false",
    })
    void aLimitSetInARequestIsBackground(String sentence, String expression, boolean background) {
        assertEquals(background ? RequestedLimits.REASON : "", Articles.backgroundOf(sentence, expression, DATE),
                () -> Articles.reports(sentence, DATE).toString());
    }
}
