package app.nenpyo.ui;

import app.nenpyo.domain.EventSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Why the extractor kept an event's reports off the timeline, as the window says it. The extractor
 * stores each background report's reason in one fixed English form (what {@code events --format
 * json} prints, and other tools read); the window says each in its language, with the paragraphs
 * that gave it:
 *
 * <pre>{@code
 * ¶4 "comparison base", ¶9 "comparison base" → "背景とした理由：比較の基準の日付（前年比など）（¶4、¶9）"
 * ¶2 "related-articles list", ¶3 "related-articles list", ¶5 "date of a cited survey"
 *   → "背景とした理由：関連記事の一覧（¶2、¶3）、引用された調査の日付（¶5）"
 * }</pre>
 *
 * Its message key is the reason with every run of other characters than letters made a dot
 * ({@code day of a newspaper's edition} → {@code background.day.of.a.newspaper.s.edition}); a reason
 * with no message (one of a later version) is shown as stored. A report the analyst set aside has
 * no reason of its own: {@link CorrectionText} says that.
 */
final class BackgroundReasonText {
    private static final String PREFIX = "background.";

    private BackgroundReasonText() {
    }

    /** Why the sources are background, in one line; empty when none of them has a reason. */
    static String of(Messages messages, List<EventSource> sources) {
        Map<String, List<String>> paragraphsByReason = new LinkedHashMap<>();
        for (EventSource source : sources) {
            if (source.isBackground()) {
                paragraphsByReason.computeIfAbsent(source.background(), reason -> new ArrayList<>())
                        .add("¶" + source.paragraph());
            }
        }
        if (paragraphsByReason.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        paragraphsByReason.forEach((reason, paragraphs) -> parts.add(messages.format("background.part",
                say(messages, reason), String.join(messages.get("background.paragraphSeparator"), paragraphs))));
        return messages.format("background.why", String.join(messages.get("background.separator"), parts));
    }

    /** One stored reason in the window's words, or as stored when it has none. */
    static String say(Messages messages, String reason) {
        try {
            return messages.get(key(reason));
        } catch (MissingResourceException unknown) {
            return reason;
        }
    }

    static String key(String reason) {
        return PREFIX + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
