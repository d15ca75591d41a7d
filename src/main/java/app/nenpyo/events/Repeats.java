package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A happening told again with も and no doer (北朝鮮は先週、弾道ミサイルを4回発射した。…9月28日と29日にも
 * 発射があった) is done by whoever did the one told before it in its paragraph under the same word:
 * も says "this too", of the same doer. The doer is an actor of the report, at the happening's word
 * in its clause with the reason said; the label and subject stay as read. A clause that names
 * anyone but a place is left as it is.
 */
final class Repeats {

    /** も right after the date, or after the day coordinated with it (9月28日と29日にも). */
    private static final Pattern AGAIN = Pattern.compile("(と[0-9０-９月日]{1,8})?に?も");

    private Repeats() {
    }

    /**
     * The reports with each repeat's doer added; the new mentions are added to {@code actors} too
     * (the document's every actor, in text order).
     *
     * @param text    the document text the spans index
     * @param reports the document's reports in reading order
     */
    static List<Report> withDoers(String text, List<Report> reports, List<ActorMention> actors) {
        List<Report> out = new ArrayList<>(reports);
        for (int i = 1; i < out.size(); i++) {
            Report r = out.get(i);
            if (r.source().dateCarried()) {
                // its date is the sentence before's: a も after it is that sentence's, not a repeat of this deed
                continue;
            }
            int afterDate = r.source().expression().end();
            boolean again = AGAIN.matcher(text).region(afterDate, r.source().clause().end()).lookingAt();
            if (!again || r.actors().stream().anyMatch(a -> a.kind() != ActorKind.PLACE)) {
                continue;
            }
            for (String word : r.headWords()) {
                // looked for in the clause alone: a file of a year's posts is long
                int at = indexIn(text, word, afterDate, r.source().clause().end());
                Optional<ActorMention> doer = Morphemes.GENERIC_NOUNS.contains(word) || at < 0
                        ? Optional.empty() : doerBefore(out, i, word);
                if (doer.isEmpty()) {
                    continue;
                }
                ActorMention d = doer.get();
                TextSpan said = new TextSpan(at, at + word.length());
                ActorMention link = new ActorMention(word, said, d.kind(), d.name(), d.canonical(), d.title(), d.country(),
                        word + " = " + (d.kind() == ActorKind.PERSON ? d.name() + d.title() : d.canonical())
                                + " (who did it as told before, again with も)");
                out.set(i, r.withActorsAdded(List.of(link)));
                actors.add(link);
                break;
            }
        }
        actors.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * Who did the nearest earlier report of the paragraph that names the happening by the same word
     * and says who did it: its subject, else its one actor that is no place (ロシア軍が…空爆 names
     * ロシア); a report naming two (防衛省によると…北朝鮮東岸から) says no one doer and is passed over.
     */
    private static Optional<ActorMention> doerBefore(List<Report> reports, int at, String word) {
        Report r = reports.get(at);
        for (int k = at - 1; k >= 0; k--) {
            Report before = reports.get(k);
            if (before.source().paragraph() != r.source().paragraph() || !before.source().documentKey().equals(r.source().documentKey())) {
                return Optional.empty();
            }
            // a compound ends in the word that names it: 4回発射 is a 発射
            if (before.headWords().stream().noneMatch(h -> h.endsWith(word))) {
                continue;
            }
            if (before.subject().isPresent()) {
                return before.subject();
            }
            List<ActorMention> doers = before.actors().stream().filter(a -> a.kind() != ActorKind.PLACE).toList();
            if (doers.size() == 1) {
                return Optional.of(doers.get(0));
            }
        }
        return Optional.empty();
    }

    /** Where {@code word} starts in {@code text} between {@code from} and {@code end}, the word ending by {@code end}; -1 if nowhere. */
    private static int indexIn(String text, String word, int from, int end) {
        for (int at = from; at + word.length() <= end; at++) {
            if (text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }
}
