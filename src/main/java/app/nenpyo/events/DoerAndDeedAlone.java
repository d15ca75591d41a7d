package app.nenpyo.events;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.ActorKind;
import java.util.List;

/**
 * A body's or person's deed of a day told again by a later writer with nothing but the doer and a deed that names
 * no happening (発表, 表明, 開催: {@link WordsBeforeAGenericDeed#isGenericDeed}). A retelling dates the deed it looks
 * back on and names it by who did it: 気象庁の8日の発表から1週間、近所のスーパーでは… (label 発表, head 発表, actor
 * 気象庁, no subject) is 気象庁は同日午後7時15分、南海トラフ地震臨時情報を初めて発表した; 毎朝新聞は「協会は先月21日の
 * 発表から素早く動いた」と評価した is 日本相撲協会は21日、…と発表した. What was announced is in the first report only, so
 * the two share no word naming the happening; the doer and the deed are all the retelling can share.
 *
 * <p>{@code of(気象庁の8日の発表 [発表; 気象庁], 気象庁が…臨時情報を発表 [subject 気象庁; 発表, 情報])} → 気象庁;
 * {@code of(気象庁の8日の発表, 国土交通省が…発表)} → "" (another doer); {@code of(気象庁の8日の発表, 気象庁長官が…と述べた)}
 * → "" (the first says no 発表); {@code of(気象庁の8日の発表, 気象庁と県が…発表)} → 気象庁 (the doer is among the other's).
 *
 * <p>The retelling: no subject, no object, every head word a generic deed, at least one person or body among its
 * actors (not a place: 東京の発表 names where), a day. The other: says that deed (a head word or a word of its clause:
 * 日本相撲協会は…殴り、けがをさせていたと発表した is labelled by 殴る), names every person and body the retelling names,
 * and has none of them or no subject at all as its subject (the body's deed, not another doer's that names it).
 * Once a retelling is in a group with a report naming the deed, a newcomer is matched with that report, not with the
 * retelling ({@code EventMerger#bestGroup}): the retelling would fit the doer's other deed of the day as well and make
 * two announcements one event (気象庁の8日の発表を受け… joined the agency's 臨時情報, then brought its 3か月予報 in).
 * Known weakness: one body's two announcements of a day are both the retelling's, which joins the one it meets
 * first.
 */
final class DoerAndDeedAlone {

    private DoerAndDeedAlone() {
    }

    /** Whether a report is only a doer and a deed naming nothing, to be found by the doer's reports of its day. */
    static boolean toldByDoerAndDeedAlone(ResolvedReport r) {
        Report report = r.report();
        return r.subject().isEmpty() && report.object().isEmpty() && !report.headWords().isEmpty()
                && report.time().start().equals(report.time().end())
                && report.headWords().stream().allMatch(WordsBeforeAGenericDeed::isGenericDeed)
                && !doers(r).isEmpty();
    }

    /** The persons and bodies a report names: who may have done its deed. */
    static List<Actor> doers(ResolvedReport r) {
        return r.actors().stream().filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANISATION).toList();
    }

    /** The doer's name when one report retells the other's deed by its doer and deed alone; "" when not so. */
    static String of(ResolvedReport a, ResolvedReport b) {
        String doer = retold(a, b);
        return doer.isEmpty() ? retold(b, a) : doer;
    }

    private static String retold(ResolvedReport alone, ResolvedReport other) {
        if (!toldByDoerAndDeedAlone(alone)) {
            return "";
        }
        Report said = other.report();
        for (String deed : alone.report().headWords()) {
            if (!said.headWords().contains(deed) && !said.contentWords().contains(deed)) {
                return "";
            }
        }
        List<Actor> doers = doers(alone);
        for (Actor doer : doers) {
            if (other.actors().stream().noneMatch(o -> o.key().equals(doer.key()))) {
                return "";
            }
        }
        boolean anotherDoer = other.subject().isPresent()
                && doers.stream().noneMatch(d -> d.key().equals(other.subject().get().key()));
        return anotherDoer ? "" : doers.get(0).name();
    }
}
