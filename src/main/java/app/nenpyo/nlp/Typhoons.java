package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.FullWidth;
import app.nenpyo.domain.TextSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typhoon named by its number, which Japanese news makes the doer of what it does (台風10号は29日、鹿児島県に上陸した) and
 * which writers list among a report's actors as they list a body: 台風10号 → 台風10号, 台風１９号 → 台風19号 (the
 * number read in half-width figures, the written form kept as its surface). A typhoon is no body, person or country;
 * it is read as an organisation marked a thing ({@link ActorMention#A_THING}): a doer with a name of its own, which
 * reports of one storm share, and never a company 同社 points at.
 *
 * <p>Examples: 「大型の台風10号は15日」 at 台 → 台風10号; 「台風１５号が」 → 台風15号; the meteorological agency's form,
 * 台風第10号 → 台風10号. None in 台風は (no number: the label names it from the sentence before, and as an actor it said the number twice,
 * 台風7号7号が上陸), 台風シーズン,
 * nor in a figure that runs on (台風102号 is three figures, no typhoon's number of a year). None where the typhoon is a
 * measure or a past one, no doer of the report: said after a year or 昨年/過去 (2019年の台風19号では, 昨年の台風10号並み),
 * or before 並み, 級, クラス, に匹敵, 以来, から…年 (台風10号並みの勢力, 台風19号から5年となった12日).
 *
 * <p>Known weaknesses: a past typhoon said with no year nor measure (台風10号の被害を教訓に) is one actor with this
 * year's of the same number; a typhoon not yet formed (今後、台風11号が発生する可能性) is read as one; a typhoon carries no
 * country (気象庁 carries 日本); a hurricane or cyclone by its own name (ハリケーン「ミルトン」) is not read here.
 */
final class Typhoons {

    private static final String TYPHOON = "台風";

    /** 台風, 第 if written, one or two figures and 号; no figure after the number. */
    private static final Pattern NUMBERED = Pattern.compile("台風(第)?([0-9０-９]{1,2})号");

    /** What says a typhoon's year before it is no this year's: 2019年の, 5年前の, 昨年の, 過去の. */
    private static final Pattern A_PAST_YEAR_BEFORE = Pattern.compile("(?:[0-9０-９]+年前?|昨年|去年|前年|過去)の?$");

    /** What makes a typhoon a measure or a point in time after it: 並みの勢力, 級の, 以来, から5年. */
    private static final Pattern A_MEASURE_AFTER = Pattern.compile("並|級|クラス|に匹敵|以来|から[0-9０-９]+年");

    /** The most characters {@link #A_PAST_YEAR_BEFORE} reads back. */
    private static final int YEAR_BEFORE = 8;

    private Typhoons() {
    }

    /** Whether the text may name a typhoon: 台風 written in it, asked once a sentence, not at each of its characters. */
    static boolean mayNameOne(String text) {
        return text.contains(TYPHOON);
    }

    /** The typhoon whose name starts at {@code i}, or null. */
    static ActorMention at(String text, int i) {
        if (!text.startsWith(TYPHOON, i)) {
            return null;
        }
        Matcher m = NUMBERED.matcher(text).region(i, text.length());
        if (!m.lookingAt() || A_MEASURE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || A_PAST_YEAR_BEFORE.matcher(text).region(Math.max(0, i - YEAR_BEFORE), i).find()) {
            return null;
        }
        String name = "台風" + FullWidth.narrow(m.group(2)) + "号";
        return new ActorMention(m.group(), new TextSpan(i, m.end()), ActorKind.ORGANISATION, name, name, "", "", ActorMention.A_THING);
    }
}
