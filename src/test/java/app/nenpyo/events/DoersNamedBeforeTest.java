package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A deed its sentence tells without a doer (発射があった, 3発が発射された) is labelled with the doer and
 * what it was done to as the sentences before said them (the review's A16 launches read bare 発射):
 * on sentences of news style the review never saw, and on the review's article.
 */
class DoersNamedBeforeTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 20);

    private static Report reportAt(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(r -> r.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, DAY).stream().map(Report::label).toList()));
    }

    private static String labelAt(String text, String expression) {
        return reportAt(text, expression).label();
    }

    @Test
    void aBareDeedSaysTheDoerAndObjectTheSentenceBeforeNamed() {
        String text = "ロシア軍は5日、ウクライナ東部の都市に巡航ミサイルを発射した。市当局によると、7日にも発射があった。\n";
        assertEquals("ロシア軍が巡航ミサイルを発射", labelAt(text, "7日"), "what it was done to, without where that day's went");
        Report again = reportAt(text, "7日");
        assertTrue(again.subject().isEmpty(), "inferred, not written: no subject");
        assertEquals("市当局によると、7日にも発射があった。", again.source().sentence().of(Articles.article(text, DAY).document().text()),
                "the source is the sentence as written");
    }

    @Test
    void aDeedWithNoObjectTakesTheDoerAlone() {
        assertEquals("中国海警局の船が侵入",
                labelAt("中国海警局の船は3日、尖閣諸島周辺の領海に侵入した。海上保安庁によると、6日にも侵入があった。\n", "6日"));
    }

    @Test
    void aPlannedDeedStaysPlanned() {
        assertEquals("林外相がインドネシアを訪問へ", labelAt("林外相は8日、インドネシアを訪問した。18日にも訪問が予定されている。\n", "18日"));
    }

    @Test
    void aCountInThePassiveCountsTheObjectTheDoerLaunched() {
        String text = "北朝鮮は13日朝、日本海に向けて弾道ミサイルを発射した。防衛省によると、15日午前には東部の沿岸から3発が発射された。\n";
        assertEquals("北朝鮮が東部の沿岸から弾道ミサイル3発を発射", labelAt(text, "15日午前"));
        assertEquals("北朝鮮が弾道ミサイル3発を発射",
                labelAt("北朝鮮は13日朝、日本海に向けて弾道ミサイルを発射した。15日午前には北朝鮮西岸から3発が発射された。\n", "15日午前"),
                "where from names the doer again: said once");
    }

    @Test
    void theEarlierDaysCountIsNotSaidAgain() {
        assertEquals("北朝鮮が弾道ミサイルを発射",
                labelAt("北朝鮮は先月、弾道ミサイルを5回発射した。今月2日にも発射があった。\n", "今月2日"));
        assertEquals("北朝鮮が発射", labelAt("北朝鮮は5日、ミサイル4発を発射した。7日にも発射があった。\n", "7日"),
                "an object counted that day is not said of another day: the doer alone");
    }

    @Test
    void noDoerIsGuessedFromAnotherDeedAPassiveOrTooFarBack() {
        assertEquals("砲撃", labelAt("北朝鮮は5日、弾道ミサイルを発射した。7日にも砲撃があった。\n", "7日"), "another deed");
        assertEquals("発射", labelAt("ミサイルは5日に発射された。7日にも発射があった。\n", "7日"), "the passive names no doer");
        String far = "北朝鮮は5日、弾道ミサイルを発射した。米国は非難した。韓国も非難した。日本も抗議した。国連は会合を開く。"
                + "7日にも発射があった。\n";
        assertEquals("発射", labelAt(far, "7日"), "four sentences back is beyond what the reader still has in mind");
        assertEquals("別の男2人が逮捕", labelAt("警視庁は2日、詐欺の疑いで男3人を逮捕した。4日には別の男2人が逮捕された。\n", "4日"),
                "a count of people with words of its own is not the count of an object");
    }

    @Test
    void theReviewsLaunchesSayWhoLaunchedWhat() throws IOException {
        String a16 = Articles.reviewArticles().get("A16")[2];
        LocalDate day = LocalDate.of(2022, 10, 3);
        List<Report> reports = Articles.reports(a16, day);
        Function<String, String> label = e -> reports.stream()
                .filter(r -> r.source().expressionText().equals(e)).findFirst().orElseThrow().label();
        assertEquals("北朝鮮が弾道ミサイルを発射", label.apply("9月28日"));
        assertEquals("北朝鮮が弾道ミサイルを発射", label.apply("29日"));
        assertEquals("北朝鮮が弾道ミサイル2発を発射", label.apply("1日午前6時45分"));
    }
}
