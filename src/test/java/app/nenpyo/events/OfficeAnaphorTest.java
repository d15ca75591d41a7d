package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.nlp.ActorMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An office of justice or police said by its kind alone (地検は, 県警が) is the one of that kind the
 * article named before (the review's A48 prosecution had lost 東京地検), or, with none named, the
 * office of the place the article is about (set four's 県警 and 地裁, decision 0030's addendum of
 * session 25); 同署 is the police station named before: on sentences of news style the reviews
 * never saw.
 */
class OfficeAnaphorTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 11);

    private static Report reportOf(String text, String expression) {
        return Articles.reports(text, DAY).stream().filter(x -> x.source().expressionText().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(expression + " in " + Articles.reports(text, DAY)));
    }

    @Test
    void theProsecutorsSaidByTheirKindAreTheOnesNamedBefore() {
        Report charged = reportOf("横浜地検は8日、男を逮捕した。地検は10日、男を起訴した。\n", "10日");
        assertEquals(List.of("横浜地検"), charged.actors().stream().map(ActorMention::canonical).toList());
        assertEquals("横浜地検が男を起訴", charged.label());
    }

    @Test
    void anOfficeOfAnotherKindOrNoneNamedBeforeIsNoOne() {
        assertEquals(List.of(), reportOf("地検は10日、男を起訴した。\n", "10日").actors());
        Report other = reportOf("横浜地裁は8日、判決を言い渡した。地検は10日、控訴した。\n", "10日");
        assertTrue(other.actors().stream().noneMatch(a -> a.surface().equals("地検")), "a court is no prosecutor: " + other.actors());
        assertEquals("地検が控訴", other.label());
    }

    @Test
    void anOfficeNoneNamedBeforeIsTheOfficeByItsKindWhereTheArticleNamesItsPlace() {
        String text = "川辺市の住宅で火事があり、県警は12日、住人の男を逮捕した。\n";
        Report arrest = reportOf(text, "12日");
        ActorMention police = arrest.actors().stream().filter(a -> a.surface().equals("県警")).findFirst()
                .orElseThrow(() -> new AssertionError(arrest.actors()));
        assertEquals("県警", police.canonical());
        assertEquals(ActorKind.ORGANISATION, police.kind());
        assertEquals("県警", police.span().of(text), "the span is where 県警 is written");
        Report trial = reportOf("西浜市の元職員の初公判は20日、地裁で開かれる。\n", "20日");
        assertTrue(trial.actors().stream().anyMatch(a -> a.canonical().equals("地裁")), trial.actors()::toString);
    }

    @Test
    void aPrefecturesPoliceIsThePoliceOfThePrefectureNamedBefore() {
        Report arrest = reportOf("長崎県西浜市で8日、強盗事件があった。県警は10日、男を逮捕した。\n", "10日");
        assertTrue(arrest.actors().stream().anyMatch(a -> a.canonical().equals("長崎県警")), arrest.actors()::toString);
        assertEquals("長崎県警が男を逮捕", arrest.label());
        // a court is named by its city, not its prefecture: 長崎県 has no 長崎県地裁
        Report verdict = reportOf("長崎県西浜市で8日、強盗事件があった。地裁は10日、判決を言い渡した。\n", "10日");
        assertTrue(verdict.actors().stream().anyMatch(a -> a.canonical().equals("地裁")), verdict.actors()::toString);
        assertTrue(verdict.actors().stream().noneMatch(a -> a.canonical().equals("長崎県地裁")), verdict.actors()::toString);
    }

    @Test
    void anOfficeInAnArticleNamingNoPlaceOrAfterTwoPrefecturesIsNoPrefecturesOwn() {
        assertEquals(List.of(), reportOf("県警は10日、男を逮捕した。\n", "10日").actors());
        Report two = reportOf("福岡県と佐賀県で8日、大雨が降った。県警は10日、男を逮捕した。\n", "10日");
        assertTrue(two.actors().stream().anyMatch(a -> a.canonical().equals("県警")), two.actors()::toString);
        assertTrue(two.actors().stream().noneMatch(a -> a.canonical().equals("福岡県警") || a.canonical().equals("佐賀県警")),
                "which prefecture's is not told: " + two.actors());
        Report apart = reportOf("長崎県西浜市で8日、強盗事件があった。男は9日、福岡県に逃げたとみられる。県警は10日、男を逮捕した。\n", "10日");
        assertTrue(apart.actors().stream().noneMatch(a -> a.canonical().equals("福岡県警") || a.canonical().equals("長崎県警")),
                "two prefectures in two sentences: " + apart.actors());
    }

    @Test
    void sameStationIsThePoliceStationNamedBefore() {
        Report sent = reportOf("県警西浜署は3日、男を逮捕した。同署は5日、男を送検した。\n", "5日");
        assertEquals(List.of("西浜署"), sent.actors().stream().map(ActorMention::canonical).toList());
        assertEquals(List.of(), reportOf("同署は5日、男を送検した。\n", "5日").actors(), "同署 with no station before is no one");
    }
}
