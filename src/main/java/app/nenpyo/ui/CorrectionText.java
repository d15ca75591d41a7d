package app.nenpyo.ui;

import app.nenpyo.service.AnalystCorrection;
import java.util.Arrays;
import java.util.Set;

/**
 * What the analyst corrected of an event, said in the window's language: the sources pane's line
 * and the 出来事 list's tooltip.
 *
 * <pre>
 *   CorrectionText.of(messages, EnumSet.of(DATE, LABEL))   // 分析者が直した点：日付、見出し
 *   CorrectionText.of(messages, Set.of())                  // "" (nothing corrected)
 * </pre>
 */
final class CorrectionText {

    private CorrectionText() {
    }

    static String of(Messages messages, Set<AnalystCorrection> corrections) {
        if (corrections.isEmpty()) {
            return "";
        }
        // in the enum's order, whatever the set's
        return messages.format("sources.corrected", String.join(messages.get("sources.corrected.separator"),
                Arrays.stream(AnalystCorrection.values()).filter(corrections::contains)
                        .map(c -> messages.get("sources.corrected." + c.name())).toList()));
    }
}
