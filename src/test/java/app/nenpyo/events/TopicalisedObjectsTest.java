package app.nenpyo.events;

import static app.nenpyo.events.Articles.actorsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thing made the topic of a deed someone else does to it takes the doer the sentence before named (issue 4;
 * decision 0044's addendum of session 31), on sentences of news style written for this test, with the near misses:
 * a thing that acts itself, a subject of its own, a person said by a title, a passive, a hedge, a verb describing a
 * noun, a source's account, a new paragraph and a quote between.
 */
class TopicalisedObjectsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    private static final String ANNOUNCED = "東芝は12日、姫路市に半導体の新工場を建てると発表した。";

    @Test
    void aThingTheDeedIsDoneToTakesTheDoerBefore() {
        assertEquals(List.of("東芝"), actorsOf(ANNOUNCED + "新工場は来年4月に着工し、2029年度の量産開始を目指す。", "来年4月", DAY));
        assertEquals(List.of("東芝"), actorsOf(ANNOUNCED + "新工場は来年4月に着工し、2029年度の量産開始を目指す。", "2029年度", DAY),
                "each clause of the thing");
        assertEquals(List.of("東芝"), actorsOf(ANNOUNCED + "臨時株主総会は来月25日に開く予定だ。", "来月25日", DAY),
                "a native verb, and a plan after it");
        assertEquals(List.of("東芝"), actorsOf("東芝は12日、社長の交代を発表した。同社は新たな中期計画も示した。"
                + "計画の詳細は8月末に公表する。", "8月末", DAY), "the topic before said by its anaphor");
    }

    @Test
    void aThingThatActsItselfTakesNoDoer() {
        assertEquals(List.of(), actorsOf(ANNOUNCED + "旧工場は13日の大雨で浸水した。", "13日", DAY), "an intransitive deed");
        assertEquals(List.of(), actorsOf("気象庁は19日、大雨の特別警報を出した。台風は21日に日本海を北上した。", "21日", DAY)
                .stream().filter(a -> a.equals("気象庁")).toList(), "the thing acts");
    }

    @Test
    void aSubjectOfItsOwnOrAPersonAsTheTopicKeepsTheDoerOut() {
        assertEquals(List.of("米国"), actorsOf(ANNOUNCED + "旧工場は米国の投資会社が13日に買収した。", "13日", DAY),
                "its own subject named");
        assertEquals(List.of(), actorsOf("東芝は12日、新型の冷蔵庫を発表した。次回の展示会は来年2月に開く。", "来年2月", DAY),
                "an occasion counted among others is held by whoever held the one before (NextOccasions): none here");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "後任の社長は来月の取締役会で選ぶ。", "来月", DAY),
                "a title may be the one who chooses");
    }

    @Test
    void aPassiveAHedgeOrAVerbDescribingANounTakesNoDoer() {
        assertEquals(List.of(), actorsOf(ANNOUNCED + "臨時株主総会は来月25日に開かれる。", "来月25日", DAY),
                "a passive's agent is not told");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "新工場は来年4月に着工するとみられる。", "来年4月", DAY), "the writer's caution");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "逮捕容疑は13日、偽の部品を販売した疑い。", "13日", DAY),
                "販売 describes 疑い");
    }

    @Test
    void aSourcesAccountANewParagraphOrAQuoteBetweenPassesNothingOn() {
        assertEquals(List.of(), actorsOf(ANNOUNCED + "関係者によると、新工場は来年4月に着工する。", "来年4月", DAY), "a source's account");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "\n新工場は来年4月に着工する。", "来年4月", DAY), "a new paragraph");
        assertEquals(List.of(), actorsOf(ANNOUNCED + "「地域の雇用を守る」。新工場は来年4月に着工する。", "来年4月", DAY), "a quote between");
    }
}
