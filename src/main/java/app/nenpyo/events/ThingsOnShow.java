package app.nenpyo.events;

import java.util.regex.Pattern;

/**
 * Whether a label tells a thing put on show to the public (decision 0029's addendum of session 41): 公開 after 特別 or
 * 一般 (特別公開, 特別に公開, 一般公開, 一般に公開) as the label's deed, or as what its last verb holds, starts, resumes or
 * ends (特別公開を実施, 一般公開が開始, 特別公開を終了). A display is a happening of its own, like a ceremony, not news
 * made known: other. 公開 alone stays an announcement (リストを公開, 動画を公開: information published).
 *
 * <pre>
 *   寺が本尊を特別に公開               → true  (other)
 *   パンダの一般公開が開始             → true
 *   城の内部が一般公開                 → true
 *   市が避難所のリストを公開           → false (an announcement: 公開 alone)
 *   市が特別公開の中止を発表           → false (the display is not the label's deed: what 発表 makes known)
 *   寺が特別公開を実施                 → true  (the display held)
 *   市が特別公開を発表                 → false (a deed about the display: 決定, 延期 and 中止 too)
 * </pre>
 *
 * <p>The writers of sets four, seven, fifteen, sixteen and seventeen file a display as other (仏像を特別に公開,
 * 絵が…再び公開されている, 化石を特別公開, 一般公開が始まった, 作文などを図書室で公開, an app released); one photo made
 * public is an announcement to set sixteen's writer (写真が公開された), which 公開 alone keeps. Known weaknesses: a
 * display told without 特別 or 一般 (図書室で公開される, 再び公開されている) stays an announcement, as the place or a
 * span would have to tell it from a publication (ホームページで公開); a product released (アプリを公開) too; a display
 * called off or put off (特別公開を中止, を延期) stays an announcement, where a ceremony's (式典を延期) is other.
 */
final class ThingsOnShow {

    /**
     * 公開 after 特別 or 一般, ending the label or followed by a particle and a verb that holds, starts, resumes or ends it
     * (を実施, が開始, を再開, を終了, を終える): any other verb is done about the display (発表, 決定, 延期, 中止) and keeps
     * its own category.
     */
    private static final Pattern ON_SHOW = Pattern.compile("(?:特別|一般)に?公開(?:[がを](?:実施|開始|再開|終了|終える|終わる))?$");

    private ThingsOnShow() {
    }

    /** Whether the label's deed is a thing put on show (see the class comment). */
    static boolean onShow(String label) {
        return ON_SHOW.matcher(label).find();
    }
}
