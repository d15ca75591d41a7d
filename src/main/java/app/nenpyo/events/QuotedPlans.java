package app.nenpyo.events;

import app.nenpyo.domain.DateMention;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a date is a time still to come inside someone's quoted words: 「年度内に計画をまとめたい」, 「夏までは気が
 * 抜けない」, 「来月には大きな発表ができるだろう」. What a speaker hopes, means or expects to do by then is not a
 * happening; the happening is the saying, dated by the sentence's own day or the article's. Taken only for a
 * period still to come (a month, a part of a month, a season, a fiscal year, starting after the article's day) or
 * a limit (まで, までに, 以降, 中, 内): a named day or named days in quoted words are a schedule the speaker
 * announces (「10日に現地を訪れる」, 「10日から12日まで被災地を回る」), which the writers keep on the timeline as
 * they keep 10日に訪れる予定だ; a period already begun (「今年は収穫が落ちた」) may be looked back on.
 *
 * <ul>
 *   <li>社長は「来年度中に新工場を稼働させたい」と述べた → background (来年度, quoted, still to come);</li>
 *   <li>知事は「4月10日の開会式までに工事を終えたい」と話した → background (a day with まで: a limit);</li>
 *   <li>組合長は「今年中に出荷を再開したい」と話した → background (a period begun, with 中: a limit);</li>
 *   <li>not: 社長は「3月に工場で火災が起き、迷惑をかけた」と述べた (over by the article's day: a happening
 *       recalled), 組合長は「今年は猛暑で収穫が落ちた」と話した (a period begun, no limit: looked back on),
 *       首相は「15日に現地を訪れる」と語った (a named day: a schedule), 市長は来年度中に新庁舎を着工
 *       すると述べた (not in brackets: left to the plan rules).</li>
 * </ul>
 *
 * <p>Known weakness: a quoted period the speaker tells as a settled schedule (「4月に開業する」) is taken too;
 * the development sets had none the writers wanted on the timeline.
 */
final class QuotedPlans {

    /** The reason a report of such a date gives. */
    static final String REASON = "time still to come in quoted words";

    /** A limit after a date: まで, までに, までは, 以降, 中に, 内に (not 中国, 内閣: a word of its own). */
    private static final Pattern LIMIT = Pattern.compile("(の[^、。「」]{1,12})?(まで|以降)|(中|内)(?=[にはの、。」]|$)");

    private QuotedPlans() {
    }

    /**
     * Whether the mention is a time still to come inside quoted words.
     *
     * @param quoted     which characters of the sentence are inside brackets ({@link Quotes#mask})
     * @param start      where the expression starts in the sentence
     * @param after      the text right after the expression, to the end of its sentence
     * @param articleDay the article's date (the anchor of its relative dates when it has none)
     */
    static boolean isOne(DateMention mention, boolean[] quoted, int start, String after, Optional<LocalDate> articleDay) {
        if (start < 0 || start >= quoted.length || !quoted[start] || !VaguePlans.stillToCome(mention, articleDay)) {
            return false;
        }
        // a range's まで is the expression's own: by its end with に (10日から15日までに), over its days without (まで訪れる)
        boolean limited = LIMIT.matcher(after).lookingAt() || Stream.of("中", "内").anyMatch(mention.text()::endsWith)
                || mention.text().endsWith("まで") && after.startsWith("に");
        if (VaguePlans.namesDays(mention)) {
            return limited;
        }
        // a period already begun by the article's day may be what the speaker looks back on (「今年は収穫が落ちた」)
        LocalDate today = articleDay.or(mention::anchor).orElseThrow();
        return mention.value().get().start().isAfter(today) || limited;
    }
}
