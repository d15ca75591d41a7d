package app.nenpyo.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A seat of government written as where something is done is the building, no actor: 首相は首相官邸で記者会見した, デモ隊が
 * 大統領府に押し寄せた, 首相官邸前で抗議した, ホワイトハウスを訪れた. News names the office by its seat when the office acts
 * (大統領府は声明を出した, クレムリンが否定した, 首相官邸によると), and the writers list it then; where a seat is only the place of
 * someone else's deed, the deed's doer is named beside it and no writer lists the building.
 *
 * <p>Examples: 「首相官邸で」 → a venue; 「大統領府前の」 → a venue; 「大統領府は」, 「首相官邸の幹部は」, 「首相官邸によりますと」 → the
 * office, an actor.
 *
 * <p>Known weaknesses: a seat written as whom something is given or sent to (ホワイトハウスに書簡を送った) is taken for a
 * venue too; a seat not in {@link #SEATS} (a governor's residence) is left as found.
 */
final class SeatsOfGovernment {

    /** The offices news names by their buildings (the gazetteer's names). */
    private static final Set<String> SEATS = Set.of("首相官邸", "首相府", "大統領府", "ホワイトハウス", "クレムリン");

    /** What makes a seat the place of a deed: a place's particle, or a word of where (前, 内, 周辺). */
    private static final List<String> PLACE_AFTER = List.of("で", "に", "へ", "を訪", "を出", "を後に", "を囲", "前", "内", "周辺",
            "近く");
    /** What makes a seat after に the one acting or acted on: ホワイトハウスに対し, ホワイトハウスに拒否された. */
    private static final Pattern ACTING_AFTER_NI = Pattern.compile("^に(対|よ|[^、。]*?(され|られ))");

    /** What a place's particle begins when the office is the source: 首相官邸によると, 大統領府によれば. */
    private static final String SOURCE = "によ";

    private SeatsOfGovernment() {
    }

    /** Whether the mention is a seat of government written as the place of a deed: 首相官邸で → true; 大統領府は → false. */
    static boolean asVenue(String text, ActorMention mention) {
        if (!SEATS.contains(mention.canonical())) {
            return false;
        }
        int end = mention.span().end();
        return !text.startsWith(SOURCE, end) && !ACTING_AFTER_NI.matcher(text).region(end, text.length()).find()
                && PLACE_AFTER.stream().anyMatch(word -> text.startsWith(word, end));
    }
}
