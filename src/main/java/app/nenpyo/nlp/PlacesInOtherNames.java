package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place written as a word of something else's name, where the place does nothing in the report and no writer lists it:
 * <ul>
 *   <li>an event named by where it is held: 東京五輪, 東京パラリンピック, 大阪・関西万博 (both places), G7広島サミット,
 *       静岡大会 → no 東京, 大阪, 関西, 広島, 静岡;</li>
 *   <li>a stretch of a line between two places: 東京―新大阪間, 新大阪～博多間 → neither place;</li>
 *   <li>a region written right before the country it holds: 南米チリ, 中東イラン → チリ, イラン alone (the country is the
 *       actor; 南米を訪れた, 西アフリカのニジェール keep the region).</li>
 * </ul>
 * Near misses: 東京で五輪の準備が進む and 広島市でサミットが開かれた keep the place (a particle stands between), and so does
 * 東京・大阪の2都市 (no event's word after the joined places).
 *
 * <p>Known weaknesses: an event's word is read after any place, so 静岡大会 of a party's convention held there loses the
 * place too; a region before a country with の (西アフリカのニジェール) is kept, as a writer may list either.
 */
final class PlacesInOtherNames {

    /**
     * An event's word right after a place, or after places joined by ・ (大阪・関西万博): the place names the event.
     * A stretch of a line: a dash or a wave to the other end and 間, or 間 right after the second end.
     */
    private static final Pattern EVENT_OR_STRETCH_AFTER = Pattern.compile(
            "(・[\\p{IsHan}\\p{IsKatakana}ー]{1,6}?)?(万博|五輪|オリンピック|パラリンピック|サミット|大会)"
                    + "|[―－～〜][\\p{IsHan}\\p{IsKatakana}ー]{1,6}?間");

    /** The dashes and waves a stretch's two ends are written around: 東京―新大阪間. */
    private static final String STRETCH_MARKS = "―－～〜";

    private PlacesInOtherNames() {
    }

    /** Whether the place at {@code start}–{@code end} names an event or is an end of a stretch of a line. */
    static boolean partOfAnotherName(String text, int start, int end) {
        if (EVENT_OR_STRETCH_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        // the second end of a stretch: 新大阪―小倉間 at 小倉
        return start > 0 && STRETCH_MARKS.indexOf(text.charAt(start - 1)) >= 0 && text.startsWith("間", end);
    }

    /** The mentions without a place written right before a country, with nothing between (南米チリ → チリ). */
    static List<ActorMention> withoutRegionsBeforeTheirCountries(List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            ActorMention m = found.get(k);
            boolean beforeACountry = k + 1 < found.size() && found.get(k + 1).kind() == ActorKind.COUNTRY
                    && found.get(k + 1).span().start() == m.span().end();
            if (m.kind() != ActorKind.PLACE || !beforeACountry) {
                out.add(m);
            }
        }
        return out;
    }
}
