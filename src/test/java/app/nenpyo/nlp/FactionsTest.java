package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A faction or movement named with 派 is one body, not its leader, a place or nothing; sentences written for the test. */
class FactionsTest {

    /** Each actor found, as kind:name. */
    private static List<String> actors(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().map(m -> m.kind() + ":" + m.canonical()).toList();
    }

    @Test
    void aSurnameAnd派IsTheFactionNotItsLeader() {
        assertEquals(List.of("ORGANISATION:岸田派"), actors("岸田派は解散を決めた。"));
        assertEquals(List.of("ORGANISATION:茂木派", "ORGANISATION:麻生派"), actors("茂木派と麻生派が会合を開いた。"),
                "麻生 is a place to IPADIC");
    }

    /** 旧 before the name, an office or a body's name after 派: the faction all the same (review rv2 of session 35). */
    @Test
    void aFormerFactionOrOneWithWordsAfterIsTheFaction() {
        assertEquals(List.of("ORGANISATION:旧安倍派"), actors("旧安倍派の議員が集まった。"), "安倍 is a place to IPADIC here");
        assertEquals(List.of("ORGANISATION:安倍派"), actors("安倍派幹部が辞任した。"));
        assertEquals(List.of("ORGANISATION:岸田派", "ORGANISATION:宏池会"), actors("岸田派・宏池会が解散した。"));
    }

    @Test
    void aMovementsKatakanaNameAnd派IsTheMovement() {
        assertEquals(List.of("ORGANISATION:フーシ派"), actors("フーシ派は19日、貨物船を拿捕した。"));
    }

    @Test
    void aSideOrAViewIsNoFaction() {
        assertEquals(List.of(), actors("ハト派とタカ派が対立した。"), "words a reader knows");
        assertEquals(List.of(), actors("リベラル派は反発した。"));
        assertEquals(List.of("COUNTRY:ロシア"), actors("親ロシア派の武装勢力が攻撃した。"), "those for a country");
        assertEquals(List.of("COUNTRY:ロシア"), actors("ロシア派の勢力が攻撃した。"), "a country with no prefix");
        assertEquals(List.of(), actors("スンニ派の住民が多い。"), "a denomination: a faith");
        assertEquals(List.of(), actors("シーア派の武装組織が攻撃した。"));
        assertEquals(List.of("PLACE:東京", "PLACE:大阪"), actors("東京派と大阪派が対立した。"), "a place the gazetteer knows: a city's side");
        assertEquals(List.of(), actors("改革派の候補が勝った。"));
        assertEquals(List.of(), actors("安倍派閥の会合が開かれた。"), "the word goes on");
    }
}
