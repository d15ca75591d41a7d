package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place written as a word of something else's name, where the place does nothing in the report and no writer lists it:
 * <ul>
 *   <li>an event named by where it is held: 東京五輪, 東京パラリンピック, 大阪・関西万博 (both places), G7広島サミット,
 *       広島G7サミット, 北京冬季五輪, 静岡大会 → no 東京, 大阪, 関西, 広島, 北京, 静岡;</li>
 *   <li>a stretch of a line between two places: 東京―新大阪間, 新大阪～博多間, 成田～サンフランシスコ間, 東京駅―新大阪駅間 →
 *       neither place;</li>
 *   <li>a region of the world written right before the country it holds: 南米チリ, 中東イラン, 東南アジアミャンマー → チリ,
 *       イラン, ミャンマー alone (the country is the actor; 南米を訪れた, 西アフリカのニジェール keep the region). A place
 *       inside a country before another country's short form is no region: 沖縄米軍基地, 嘉手納米軍基地, 東京米国大使館
 *       and 香港中国政府 keep 沖縄, 嘉手納, 東京 and 香港.</li>
 * </ul>
 * Near misses: 東京で五輪の準備が進む and 広島市でサミットが開かれた keep the place (a particle stands between), and so does
 * 東京・大阪の2都市 (no event's word after the joined places), 東京大会派 and 東京大会議室 (a longer word) and 東京―長期間 (a
 * span of time).
 *
 * <p>Known weaknesses: an event's word is read after any place, so 静岡大会 of a party's convention held there loses the
 * place too; a region before a country with の (西アフリカのニジェール) is kept, as a writer may list either.
 */
final class PlacesInOtherNames {

    /**
     * The regions of the world news writes before a country of theirs (南米チリ, 中東イラン, 中央アジアカザフスタン, 西アフリカマリ,
     * 北欧フィンランド): a continent or a part of one, with the quarter it lies in. A town (沖縄, 嘉手納) or a state (ハワイ) is
     * none: 沖縄米軍基地 is the American base in Okinawa, and the place is where it is.
     */
    private static final Pattern REGION = Pattern.compile(
            "(東南|南東|北東|北西|南西|中南|中央|[東西南北中])?(米|アジア|アフリカ|ヨーロッパ|欧|太平洋)|中東|近東|欧州|オセアニア|カリブ海?");

    /** The longest name of a stretch's end, in characters, at either end: サンフランシスコ. */
    private static final int LONGEST_END = 10;

    /** The dashes and waves a stretch's two ends are written around: 東京―新大阪間, 東京—新大阪間, 東京-新大阪間. */
    private static final String STRETCH_MARKS = "―－～〜—-";

    /**
     * An event's word right after a place, or after places joined by ・ (大阪・関西万博), with the season or the group
     * between (北京冬季五輪, 広島G7サミット): the place names the event; not 大会派, 大会社, 大会議室, 大会場, other words.
     * A stretch of a line: a station perhaps, a dash or a wave to the other end and 間 (東京駅―新大阪駅間), not a span of time
     * (東京―長期間, 3時間, 期間).
     */
    private static final Pattern EVENT_OR_STRETCH_AFTER = Pattern.compile(
            "(・[\\p{IsHan}\\p{IsKatakana}ー]{1,6}?)?(冬季|夏季|G\\d{1,2})?(万博|五輪|オリンピック|パラリンピック|サミット|大会(?![派社議場]))"
                    + "|駅?[" + STRETCH_MARKS + "][\\p{IsHan}\\p{IsKatakana}ー]{1," + LONGEST_END + "}?(?<![期時年月週日])間");

    private PlacesInOtherNames() {
    }

    /** Whether the place at {@code start}–{@code end} names an event or is an end of a stretch of a line. */
    static boolean partOfAnotherName(String text, int start, int end) {
        if (EVENT_OR_STRETCH_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        // the second end of a stretch: 新大阪―小倉間 at 小倉, 東京駅―新大阪駅間 at 新大阪, as long as a first end may be
        return start > 0 && STRETCH_MARKS.indexOf(text.charAt(start - 1)) >= 0 && end - start <= LONGEST_END
                && (text.startsWith("間", end) || text.startsWith("駅間", end));
    }

    /**
     * The mentions without a region of the world written right before a country, with nothing between (南米チリ → チリ);
     * any other place so written stays (沖縄米軍基地 → 沖縄, 米国).
     */
    static List<ActorMention> withoutRegionsBeforeTheirCountries(List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            ActorMention m = found.get(k);
            boolean beforeACountry = k + 1 < found.size() && found.get(k + 1).kind() == ActorKind.COUNTRY
                    && found.get(k + 1).span().start() == m.span().end();
            if (m.kind() != ActorKind.PLACE || !beforeACountry || !REGION.matcher(m.surface()).matches()) {
                out.add(m);
            }
        }
        return out;
    }
}
