package app.nenpyo.ui;

import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.TimeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merge reason as the window says it, in its language. The merge stores its reasons in one
 * fixed form (what {@code events --format json} prints, and other tools read); the window reads
 * that form back and says each part in words and dates the analyst reads:
 *
 * <pre>{@code
 * "¶22 with ¶11: same day 2022-01-10; same subject 王毅; same category meeting; 41% shared words"
 *   → "¶22 と ¶11：同じ日（2022年1月10日(月)）、主語が同じ（王毅）、同じ分類（会談）、語の41%が共通"
 * "¶34 with ¶26: joined by the analyst"  → "¶34 と ¶26：分析者がまとめた"
 * "¶2 with ¶5: told as the wider period 2022-01; same actor ショルツ in much the same words"
 *   → "¶2 と ¶5：より広い期間（2022年1月）として報じた、同じ人・組織（ショルツ）をほぼ同じ語で報じた"
 * "¶2 with ¶5: told as the wider period 2022-01; same happening 召集" → "¶2 と ¶5：より広い期間（2022年1月）として報じた、同じ出来事の語（召集）"
 * "¶4 with ¶3: same day 2022-06-11; same happening said as occurred 衝突" → "¶4 と ¶3：同じ日（…）、起きたとだけ報じた出来事を語（衝突）で報じた"
 * "¶2 with ¶1: same day 2022-11-10; same happening 統合 ending 経営統合" → "¶2 と ¶1：同じ日（…）、同じ出来事の語（統合、経営統合の末尾）"
 * "¶4 with ¶4: same day 2022-07-10; same happening named in a clause 決壊 堤防" → "¶4 と ¶4：同じ日（…）、出来事の行いと対象（決壊 堤防）を節の中で挙げた"
 * "¶3 with ¶2: same day 2023-07-19; same happening named before a generic deed 勧告" → "¶3 と ¶2：同じ日（…）、名指さない行い（出す、発表）の前の語（勧告）が同じ出来事"
 * "¶3 with ¶1: same day 2024-08-08; same doer's deed told by the doer alone 気象庁" → "¶3 と ¶1：同じ日（…）、同じ人・組織（気象庁）の行いを行った者と行いの語だけで報じた"
 * "285651ca:¶5 with ¶2: …" (a report of another document) → "「その文書の題」¶5 と ¶2：…"
 * "¶1 with ¶1: same day 2019-11-24; retold in fewer words (5 of the shorter report's 10 words)" → "¶1 と ¶1：同じ日（…）、別の記事が少ない語で報じ直した（短い方の10語のうち5語が共通）"
 * "and 3 more reports merged by the same rules" → "ほか3件の報道も同じ規則でまとめた"
 * }</pre>
 *
 * A part it does not know (a reason of a later version) is shown as stored.
 */
final class MergeReasonText {
    private static final Pattern REASON = Pattern.compile("(\\S+) with (\\S+): (.*)");
    private static final Pattern MORE = Pattern.compile("and (\\d+) more reports merged by the same rules");
    private static final Pattern SHARED_WORDS = Pattern.compile("(\\d+)% shared words");
    /** How many of the shorter report's words the longer has, and how many it has (RetoldInFewerWords). */
    private static final Pattern RETOLD = Pattern.compile("retold in fewer words \\((\\d+) of the shorter report's (\\d+) words\\)");
    private static final Pattern SAME_ACTOR_SAME_WORDS = Pattern.compile("same actor (.+) in much the same words");
    private static final Pattern SAME_HAPPENING_ENDING = Pattern.compile("same happening (\\S+) ending (.+)");
    /** The word, the deed naming nothing it was said before, and the other report's word: 販売 (開始) as 販売. */
    private static final Pattern BEFORE_A_GENERIC_DEED = Pattern.compile("same happening named before a generic deed (.+) \\((.+)\\) as (.+)");
    /** The parts that name something after a fixed prefix, with the message that says them. */
    private static final List<String[]> NAMED = List.of(
            new String[] {"same day ", "reason.sameDay"},
            new String[] {"same period ", "reason.samePeriod"},
            new String[] {"same subject ", "reason.sameSubject"},
            new String[] {"shared actors ", "reason.sharedActors"},
            // before "same happening ", which it begins with
            new String[] {"same happening said as occurred ", "reason.sameHappeningOccurred"},
            new String[] {"same happening named in a clause ", "reason.sameHappeningInAClause"},
            new String[] {"same happening retold by its word ", "reason.sameHappeningRetoldByItsWord"},
            new String[] {"same happening ", "reason.sameHappening"},
            new String[] {"same thing by its short name ", "reason.sameShortName"},
            new String[] {"same doer's deed told by the doer alone ", "reason.sameDoersDeedAlone"},
            new String[] {"same category ", "reason.sameCategory"},
            new String[] {"same place ", "reason.samePlace"},
            new String[] {"same person ", "reason.samePerson"},
            new String[] {"same object ", "reason.sameObject"},
            new String[] {"same words up to the deed ", "reason.upToTheDeed"},
            new String[] {"told as the wider period ", "reason.widerPeriod"},
            new String[] {"told as its first day ", "reason.firstDay"},
            new String[] {"told as its last day ", "reason.lastDay"});

    /** How many characters of a document's key name it in a reason about reports of two documents. */
    static final int KEY_PREFIX = 8;
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("([0-9a-f]{" + KEY_PREFIX + "}):(¶\\d+)");
    /** The longest title a reason names a document by, in characters. */
    private static final int TITLE_LENGTH = 20;

    private final Messages messages;
    private final Map<String, String> titlesByKey;

    MergeReasonText(Messages messages) {
        this(messages, Map.of());
    }

    /** @param titlesByKey the title of each document by the first {@link #KEY_PREFIX} characters of its key */
    MergeReasonText(Messages messages, Map<String, String> titlesByKey) {
        this.messages = messages;
        this.titlesByKey = titlesByKey;
    }

    /** One stored reason, said in the window's language. */
    String say(String reason) {
        Matcher more = MORE.matcher(reason);
        if (more.matches()) {
            return messages.format("reason.more", Integer.parseInt(more.group(1)));
        }
        Matcher m = REASON.matcher(reason);
        if (!m.matches()) {
            return reason;
        }
        List<String> parts = new ArrayList<>();
        for (String part : m.group(3).split("; ")) {
            parts.add(part(part));
        }
        return messages.format("reason.pair", report(m.group(1)), report(m.group(2)),
                String.join(messages.get("reason.separator"), parts));
    }

    /** ¶5 as it is; 285651ca:¶5, a paragraph of another document, by that document's title: 「米露協議が…」¶5. */
    private String report(String ref) {
        Matcher other = OTHER_DOCUMENT.matcher(ref);
        if (!other.matches() || !titlesByKey.containsKey(other.group(1))) {
            return ref;
        }
        String title = titlesByKey.get(other.group(1)).strip();
        if (title.codePointCount(0, title.length()) > TITLE_LENGTH) {
            title = title.substring(0, title.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
        }
        return "「" + title + "」" + other.group(2);
    }

    private String part(String part) {
        if (part.equals("joined by the analyst")) {
            return messages.get("reason.joined");
        }
        Matcher sameWords = SAME_ACTOR_SAME_WORDS.matcher(part);
        if (sameWords.matches()) {
            return messages.format("reason.sameActorSameWords", sameWords.group(1));
        }
        Matcher ending = SAME_HAPPENING_ENDING.matcher(part);
        if (ending.matches()) {
            return messages.format("reason.sameHappeningEnding", ending.group(1), ending.group(2));
        }
        Matcher before = BEFORE_A_GENERIC_DEED.matcher(part);
        if (before.matches()) {
            return messages.format("reason.sameHappeningBeforeAGenericDeed", before.group(1), before.group(2), before.group(3));
        }
        Matcher retold = RETOLD.matcher(part);
        if (retold.matches()) {
            return messages.format("reason.retoldInFewerWords", Integer.parseInt(retold.group(1)), Integer.parseInt(retold.group(2)));
        }
        Matcher shared = SHARED_WORDS.matcher(part);
        if (shared.matches()) {
            return messages.format("reason.sharedWords", Integer.parseInt(shared.group(1)));
        }
        for (String[] named : NAMED) {
            if (part.startsWith(named[0])) {
                String what = part.substring(named[0].length());
                return messages.format(named[1], named(named[1], what));
            }
        }
        return part;
    }

    /** Dates and categories in the window's words; names as written. */
    private String named(String key, String what) {
        try {
            return switch (key) {
                case "reason.sameDay", "reason.samePeriod", "reason.widerPeriod", "reason.firstDay", "reason.lastDay" ->
                        messages.timeValue(TimeValue.parse(what));
                case "reason.sameCategory" -> messages.get("category." + EventCategory.valueOf(what.toUpperCase(Locale.ROOT)).name());
                default -> what;
            };
        } catch (IllegalArgumentException notOurs) {
            return what;
        }
    }
}
