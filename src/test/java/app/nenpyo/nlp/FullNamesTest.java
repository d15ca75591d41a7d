package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person written by family and given name is found with no title or with a title no list holds (issue 4; decision
 * 0044's addendum of session 32), on sentences written for this test with made-up people, and the near misses: a
 * surname alone, a title alone, a hall or a collection named after a person, a painter whose work is spoken of.
 */
class FullNamesTest {

    /** Each person found, as name/title. */
    private static List<String> people(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.PERSON)
                .map(m -> m.name() + "/" + m.title()).toList();
    }

    @Test
    void aFullNameWithNoTitleIsAPerson() {
        assertEquals(List.of("西村健一/"), people("総務課長の西村健一は3日、辞表を提出した。"));
        assertEquals(List.of("宮崎修/"), people("宮崎修・北洋工科大准教授が調査を率いる。"), "a name, ・ and a body IPADIC does not know");
    }

    @Test
    void aTitleNoListHoldsIsTakenByHowTitlesEnd() {
        assertEquals(List.of("前田浩二/町長"), people("町議会は、前田浩二町長に対する不信任案を可決した。"));
        assertEquals(List.of("松本直樹/蔵相"), people("会見には松本直樹蔵相も出席した。"));
        assertEquals(List.of("高田健司/杜氏"), people("酒蔵の高田健司杜氏が引退した。"), "a title ending in 氏, a brewer's");
    }

    /** 十 / 倉 / 雅和: IPADIC reads a surname's first kanji as a figure when it knows the surname as no word. */
    @Test
    void aSurnameBeginningWithAFiguresKanjiIsTakenWhole() {
        assertEquals(List.of("十倉雅和/会長"), people("経団連の十倉雅和会長は1日、談話を出した。"));
        assertEquals(List.of("十倉雅和/氏"), people("十倉雅和氏は15日、任期を終えた。"), "at the sentence's start, with 氏");
        assertEquals(List.of(), people("第十倉庫で火災があった。"), "a figure after 第 counts");
        assertEquals(List.of(), people("部員は十人だった。"), "a figure before a counter");
        assertFalse(people("第十倉雅和が来た。").contains("十倉雅和/"), "a figure after 第 counts, before a surname too");
        assertEquals(List.of(), people("二十林誠が出場した。"), "a figure after a figure counts: no 十林誠");
    }

    @Test
    void aSurnameATitleOrANamesakeThingIsNoOne() {
        assertEquals(List.of(), people("西村は3日、辞表を提出した。"), "a surname alone");
        assertEquals(List.of(), people("社長は5日、辞任を表明した。"), "a title alone");
        assertEquals(List.of(), people("記念式典は小林秀雄記念館で開かれた。"), "a hall named after a person");
        assertEquals(List.of(), people("鈴木一郎コレクションを公開した。"), "a collection named after a person");
        assertEquals(List.of(), people("画家の前田浩二の屏風が見つかった。"), "whose a work is, not who acted");
        assertEquals(List.of("鈴木花子/さん"), people("式典では山田太郎記念財団理事長の鈴木花子さんが祝辞を述べた。"),
                "the foundation named after 山田太郎 is no title of his; its head is the one named");
    }
}
