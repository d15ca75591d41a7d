package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seat of government is an actor when the office acts, no actor when it is where someone else acts. */
class SeatsOfGovernmentTest {

    private static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(ActorMention::name).toList();
    }

    @Test
    void aSeatWhereSomeoneElseActsIsNoActor() {
        assertEquals(List.of(), organisations("首相は20日夕、首相官邸で記者団の質問に答えた。"));
        assertEquals(List.of(), organisations("数千人のデモ隊が大統領府に押し寄せた。"));
        assertEquals(List.of("市民団体"), organisations("市民団体は首相官邸前で原発の再稼働に抗議した。"), "the group acts");
        assertEquals(List.of("高野連"), organisations("優勝した高校の選手らがホワイトハウスを訪れたと高野連が明らかにした。"),
                "the association acts; the building is visited");
    }

    @Test
    void aSeatThatActsOrIsTheSourceIsTheOffice() {
        assertEquals(List.of("大統領府"), organisations("大統領府は3日、非常事態の解除を発表した。"));
        assertEquals(List.of("クレムリン"), organisations("クレムリンが報道を否定した。"));
        assertEquals(List.of("首相官邸"), organisations("首相官邸によると、会談は30分続いた。"));
        assertEquals(List.of("首相官邸"), organisations("首相官邸の幹部は、補正予算の規模を明らかにしなかった。"));
        // read again the same day (reviewer rvA): the office issuing, refusing or criticised, not a place
        assertEquals(List.of("首相官邸"), organisations("首相官邸から各省に指示が出された。"));
        assertEquals(List.of("クレムリン"), organisations("クレムリンから声明が出された。"));
        assertEquals(List.of("ホワイトハウス"), organisations("訪米の申し入れはホワイトハウスに拒否された。"));
        assertEquals(List.of("ホワイトハウス"), organisations("野党はホワイトハウスに対し説明を求めた。"));
        assertEquals(List.of("ホワイトハウス"), organisations("野党はホワイトハウスを非難した。"));
    }
}
