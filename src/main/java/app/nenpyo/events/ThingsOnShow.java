package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a label tells a thing put on show to the public (decision 0029's addendum of session 41): 公開 after 特別 or
 * 一般 (特別公開, 特別に公開, 一般公開, 一般に公開) as the label's deed, or as what its last verb starts, resumes or ends
 * (一般公開が開始, 特別公開を終了). A display is a happening of its own, like a ceremony, not news made known: other.
 * 公開 alone stays an announcement (リストを公開, 動画を公開: information published).
 *
 * <pre>
 *   寺が本尊を特別に公開               → true  (other)
 *   パンダの一般公開が開始             → true
 *   城の内部が一般公開                 → true
 *   市が避難所のリストを公開           → false (an announcement: 公開 alone)
 *   市が特別公開の中止を発表           → false (the display is not the label's deed: what 発表 makes known)
 * </pre>
 *
 * <p>The writers of sets four, seven, fifteen, sixteen and seventeen file a display as other (仏像を特別に公開,
 * 絵が…再び公開されている, 化石を特別公開, 一般公開が始まった, 作文などを図書室で公開, an app released); one photo made
 * public is an announcement to set sixteen's writer (写真が公開された), which 公開 alone keeps. Known weaknesses: a
 * display told without 特別 or 一般 (図書室で公開される, 再び公開されている) stays an announcement, as the place or a
 * span would have to tell it from a publication (ホームページで公開); a product released (アプリを公開) too.
 */
final class ThingsOnShow {

    /** 公開 after 特別 or 一般, ending the label or followed by only a particle and one word (が開始, を終了). */
    private static final Pattern ON_SHOW = Pattern.compile("(?:特別|一般)に?公開(?:[がを]\\p{IsHan}+)?$");

    private ThingsOnShow() {
    }

    /** Whether the label's deed is a thing put on show (see the class comment). */
    static boolean onShow(String label) {
        return ON_SHOW.matcher(label).find();
    }
}
