package app.nenpyo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An adverb written between what was done and the verb (改めて, 当面, 正式に) is no boundary of the
 * arguments: a headline drops the adverb and keeps what the verb acted on (経産省が節電を要請, not
 * 経産省が要請).
 */
class AdverbBeforeVerbLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    private static String label(String text) {
        return Articles.only(text, DAY).label();
    }

    @Test
    void anAdverbBeforeTheVerbKeepsTheObjectBeforeIt() {
        assertEquals("経済産業省が企業に節電を要請",
                label("経済産業省は18日、企業に節電を改めて要請した。\n"));
        assertEquals("県が県立美術館の公開を停止",
                label("県は15日から県立美術館の公開を当面停止している。\n"));
        assertEquals("JR東日本が東北新幹線の運転を見合わせる",
                label("JR東日本は10日、東北新幹線の運転を一時見合わせた。\n"));
    }

    @Test
    void withoutTheAdverbTheSameObjectIsRead() {
        assertEquals("経済産業省が企業に節電を要請",
                label("経済産業省は18日、企業に節電を要請した。\n"));
    }
}
