package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did a deed its sentence tells without a doer: news names the doer and what was done once
 * (北朝鮮は先週、弾道ミサイルを4回発射した) and then the deed alone (9月28日と29日にも発射があった) or
 * what it was done to, counted, in the passive (1日、東岸付近から2発が発射された). A timeline shows
 * the label without the article, where 発射 says nothing; the label says who did it and to what as
 * the sentences before said it (北朝鮮が弾道ミサイルを発射, 北朝鮮が東岸付近から弾道ミサイル2発を発射).
 *
 * <p>Rules: only a label that is the deed alone, or a count and the deed of a passive clause, with
 * no subject; the doer is the subject of the nearest report before it, within the
 * {@link NamedBefore#windowStart window} of sentences a reader still has in mind, whose label ends
 * in the same deed and says who did it (a report of the deed without one, as the passive, is passed
 * over). What it was done to is the words before that label's を (nouns and の only: 3県にまん延防止等
 * 重点措置を → まん延防止等重点措置), when they end in the object that report read and in no count
 * (ミサイル4発を counts that day's); without them a bare deed says the doer alone and a counted one is
 * left as it was. The numbers of the earlier deed (4回) are its own and are not said again, and where
 * from is not said when it names the doer again (北朝鮮東岸付近から). The subject stays empty and no
 * actor is added: who did it is inferred, not written.
 */
final class DoersNamedBefore {

    /** What a passive clause's subject is when it counts the things the deed was done to: 2発, 30人, 3機. */
    private static final Pattern COUNTED = Pattern.compile("(.*?)([0-9０-９]+[\\p{IsHan}])が([\\p{IsHan}]+)");

    /** A word naming a deed: kanji and katakana, no figure (約2倍 is no deed). */
    private static final Pattern DEED = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,}");

    /** An object said with nouns and の only, right before を. */
    private static final Pattern OBJECT = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー・々A-Za-zＡ-Ｚａ-ｚ0-9０-９の]+$");

    /** An object ending in a count (ミサイル4発): the count was that day's. */
    private static final Pattern COUNT_AT_END = Pattern.compile("[0-9０-９]+[\\p{IsHan}]?$");

    private DoersNamedBefore() {
    }

    /**
     * The reports with each doerless deed's label naming its doer, the others as they were.
     *
     * @param text      the document text the spans index
     * @param sentences the document's sentences, in text order
     * @param reports   the document's reports in reading order
     */
    static List<Report> withDoers(String text, List<Sentence> sentences, List<Report> reports) {
        List<Report> out = new ArrayList<>(reports);
        for (int i = 0; i < out.size(); i++) {
            Report r = out.get(i);
            if (r.subject().isPresent()) {
                continue;
            }
            String label = r.label();
            Matcher counted = COUNTED.matcher(label);
            String said = label.endsWith("へ") ? label.substring(0, label.length() - 1) : label;
            boolean bare = r.headWords().contains(said) && DEED.matcher(said).matches();
            boolean passive = !bare && counted.matches() && r.headWords().contains(counted.group(3))
                    && DEED.matcher(counted.group(3)).matches()
                    && r.source().clause().of(text).contains(counted.group(3) + "され");
            if (!bare && !passive) {
                continue;
            }
            String deed = bare ? said : counted.group(3);
            int windowStart = NamedBefore.windowStart(sentences, r.source().sentence());
            Optional<Report> before = doneBefore(text, out, i, deed, windowStart);
            if (before.isEmpty()) {
                continue;
            }
            String named = bare ? named(before.get(), deed, "", "") : named(before.get(), deed, counted.group(1), counted.group(2));
            named = named.isEmpty() || said.equals(label) ? named : named + "へ";
            if (!named.isEmpty() && named.codePointCount(0, named.length()) <= Label.MAX_LENGTH) {
                out.set(i, r.withLabel(named));
            }
        }
        return out;
    }

    /** The nearest report before, within the window, whose label tells the deed and who did it. */
    private static Optional<Report> doneBefore(String text, List<Report> reports, int at, String deed, int windowStart) {
        Report r = reports.get(at);
        for (int k = at - 1; k >= 0; k--) {
            Report before = reports.get(k);
            if (!before.source().documentKey().equals(r.source().documentKey())
                    || before.source().sentence().start() < windowStart) {
                return Optional.empty();
            }
            String label = before.label();
            if ((label.endsWith(deed) || label.endsWith(deed + "へ")) && saysWhoDid(text, before, deed)) {
                return Optional.of(before);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the label leads with who did the deed: its subject, an actor that is no place, or the
     * subject words it read (ロシア軍, 中国海警局の船: head words) of a clause not in the passive,
     * where what leads would be what the deed was done to.
     */
    private static boolean saysWhoDid(String text, Report before, String deed) {
        int subjectEnd = before.label().indexOf('が');
        if (subjectEnd <= 0) {
            return false;
        }
        if (before.subject().isPresent()) {
            return before.subject().get().kind() != ActorKind.PLACE;
        }
        return before.headWords().contains(before.label().substring(0, subjectEnd))
                && !before.source().clause().of(text).contains(deed + "され");
    }

    /**
     * The deed said with the earlier report's doer and object: 北朝鮮が弾道ミサイルを発射; with a count,
     * the words before it and the count onto the object (北朝鮮が東岸付近から弾道ミサイル2発を発射); "" when a
     * count has no object to count.
     */
    private static String named(Report before, String deed, String leading, String count) {
        String label = before.label();
        int subjectEnd = label.indexOf('が');
        String doer = label.substring(0, subjectEnd);
        String object = objectOf(before, label.substring(subjectEnd + 1));
        if (object.isEmpty()) {
            return count.isEmpty() ? doer + "が" + deed : "";
        }
        // 北朝鮮東岸付近から says again who did it: 北朝鮮が弾道ミサイル2発を発射
        return doer + "が" + (leading.contains(doer) ? "" : leading) + object + count + "を" + deed;
    }

    /** The words right before the label's last を naming the object the report read, or "". */
    private static String objectOf(Report before, String rest) {
        int wo = rest.lastIndexOf('を');
        if (wo <= 0 || before.object().isEmpty()) {
            return "";
        }
        Matcher m = OBJECT.matcher(rest.substring(0, wo));
        if (!m.find()) {
            return "";
        }
        String object = m.group();
        while (object.startsWith("の")) {
            object = object.substring(1);
        }
        return object.endsWith(before.object()) && !COUNT_AT_END.matcher(object).find() ? object : "";
    }
}
