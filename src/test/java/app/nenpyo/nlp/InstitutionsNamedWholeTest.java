package app.nenpyo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nenpyo.domain.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstitutionsNamedWholeTest {

    private static List<String> organisations(String text) {
        return new ActorFinder().find(text, JapaneseTokens.of(text)).stream().filter(m -> m.kind() == ActorKind.ORGANISATION)
                .map(ActorMention::canonical).toList();
    }

    /** A founder's word and a name before the kind: the institution, whole, whatever its name's words. */
    @Test
    void anInstitutionByItsFounderAndItsName() {
        assertEquals(List.of("若葉学院高校"), organisations("私立若葉学院高校は8日、修学旅行の中止を決めた。"), "私立 is no part of the name");
        assertEquals(List.of("村立山吹診療図書館"), organisations("村立山吹診療図書館が12日、開館した。"));
        assertEquals(List.of("県立中央病院"), organisations("県立中央病院は1日、救急の受け入れを再開した。"));
        assertEquals(List.of("川西市立ひかり図書館"), organisations("川西市立ひかり図書館が3日、開館した。"));
    }

    /**
     * A town IPADIC cuts into two kanji (梅 / 坂, 鷺 / 川) before its founding word, and a records hall or a memorial hall:
     * the institution whole; a founding word with no name after it, or a single kanji before a kind, stays no one.
     */
    @Test
    void aTownIpadicCutsBeforeItsFoundingWordAndItsHall() {
        assertEquals(List.of("梅坂市立文学資料館"), organisations("梅坂市立文学資料館は5日、初公開の手紙を展示した。"));
        assertEquals(List.of("鷺川町立郷土記念館"), organisations("兵庫県の鷺川町立郷土記念館が3日、再開した。"));
        assertEquals(List.of(), organisations("梅坂市立病院は5日、診療を再開した。"), "no name between the founder and the kind");
        assertEquals(List.of(), organisations("津市立の資料館で5日、展示が始まった。"), "the founding word is no name");
    }

    /** A founder's word with no name before the kind names a kind of school or hospital, no one. */
    @Test
    void aFoundersWordWithNoNameIsAKind() {
        assertEquals(List.of(), organisations("県立高校の入試は5日に始まった。"));
        assertEquals(List.of(), organisations("市立病院は3日、診療を再開した。"));
        assertEquals(List.of(), organisations("私立の高校は7日に始業式を開いた。"));
    }

    /** A place's name, a name built as places are, or a school corporation's name before a school's kind. */
    @Test
    void anInstitutionByAPlacesOrASchoolsName() {
        assertEquals(List.of("横須賀小学校"), organisations("横須賀小学校で5日、運動会が開かれた。"));
        assertEquals(List.of("緑ケ丘中学校"), organisations("緑ケ丘中学校は9日、休校を決めた。"));
        assertEquals(List.of("藤ヶ森動物公園"), organisations("藤ヶ森動物公園で2日、レッサーパンダが生まれた。"));
        assertEquals(List.of("白鳳学園高校"), organisations("白鳳学園高校は6日、監督の交代を発表した。"));
    }

    /** A common word before the kind, or a kind inside a longer word: no institution. */
    @Test
    void aCommonWordBeforeTheKindIsNoName() {
        assertEquals(List.of(), organisations("地元の小学校で5日、式典が開かれた。"));
        assertEquals(List.of(), organisations("大型動物公園の計画は3日、見直された。"));
        assertEquals(List.of(), organisations("学園祭は10日に開かれた。"));
    }

    /** After a founder's word, a kind of its own, a sort of school or a prefix names a kind, no one. */
    @Test
    void aFoundersWordBeforeAKindOfAKindIsNoName() {
        assertEquals(List.of(), organisations("国立大学病院の赤字が3日、明らかになった。"));
        assertEquals(List.of(), organisations("全国の国立大学附属病院で5日、調査が始まった。"));
        assertEquals(List.of(), organisations("私立大学病院の経営が厳しい。"));
        assertEquals(List.of(), organisations("私立大学附属高校の生徒が8日、表彰された。"));
        assertEquals(List.of(), organisations("私立有名大学の入試で2日、出題の誤りが見つかった。"));
        assertEquals(List.of(), organisations("国立難関大学の合格者が増えた。"));
        assertEquals(List.of(), organisations("県立工業高校の生徒が9日、ロボットを披露した。"));
        assertEquals(List.of(), organisations("県立商業高校で4日、販売実習があった。"));
        assertEquals(List.of(), organisations("都立夜間中学は6日、入学式を開いた。"));
        assertEquals(List.of(), organisations("県立特別支援学校で7日、避難訓練があった。"));
        assertEquals(List.of(), organisations("市立新病院は1日、開院した。"));
        assertEquals(List.of("県立北浦工業高校"), organisations("県立北浦工業高校の生徒が9日、ロボットを披露した。"),
                "a sort after a name is part of it");
    }

    /** A prefix (同, 旧) starts no name, and a country before a kind is no place's name: the country stays. */
    @Test
    void aPrefixOrACountryStartsNoName() {
        assertEquals(List.of(), organisations("同学園高校は3日、発表した。"));
        assertEquals(List.of(), organisations("同市立みらい図書館は3日、休館した。"));
        assertEquals(List.of(), organisations("旧白鳳学園高校の校舎が5日、取り壊された。"));
        String text = "米国大学の研究チームが3日、発表した。";
        assertEquals(List.of(), organisations(text));
        assertEquals(List.of("米国"), new ActorFinder().find(text, JapaneseTokens.of(text)).stream()
                .filter(m -> m.kind() == ActorKind.COUNTRY).map(ActorMention::canonical).toList());
    }
}
