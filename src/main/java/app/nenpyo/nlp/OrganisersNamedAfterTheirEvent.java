package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * A committee news names after the event it runs, the event's name in brackets before it: 「ひばり夏まつり」の実行委員会,
 * 「港南マラソン」実行委員会, 「北嶺音楽祭」の運営委員会, 「世界水泳」の組織委員会. A festival's, a race's or a fair's
 * organisers are that committee, written the way the event is named: its name is the event's and the committee's kind
 * (ひばり夏まつり実行委員会), as the writers list it, not the kind alone (実行委員会), which any event has. Its surface is
 * that name too, as a body named after its kind is written ({@link BodiesNamedAfterTheirKind}): the kind alone is no
 * alias every committee shares; the article's 実行委員会によると or 実行委員会の later is this committee by {@link KindNouns}
 * (read again in session 41: the surface had been the kind, the one alias 実行委員会 of every committee, unlike the text
 * of its span).
 *
 * <p>Examples: 「「雪見灯籠まつり」の実行委員会は」 at 雪 → 雪見灯籠まつり実行委員会; 「「港南マラソン」実行委員会が」 → 港南マラソン実行委員会.
 * None in 「開催は難しい」と実行委員会は (a quote, と between), 「中止はやむを得ない」実行委員会の (words said, no と: read
 * again the same day, reviewer rvA), 「北嶺音楽祭」の実行委員を務める (a member, not the committee),
 * 「北嶺音楽祭」の会場で (no committee), 「北嶺音楽祭」の実行委員会室 (the word goes on: a room).
 *
 * <p>Known weaknesses: a committee named with its event written bare (港南マラソン実行委員会) is left to the ending rule of
 * {@link ActorFinder}, which wants a proper noun before it; the kind said alone as a topic or a subject (実行委員会は) is
 * a body by its kind ({@link BodiesByTheirKind}), another actor than the committee named before; said in a later article,
 * out of {@link Coreference#REACH} of the name, it is no one.
 */
final class OrganisersNamedAfterTheirEvent {

    /** The kinds of committee that run an event. */
    static final List<String> COMMITTEES = List.of("実行委員会", "組織委員会", "運営委員会", "準備委員会");

    /** What ends words said but no event's name (ない, た, だ, る, す, う, よ, ね, か): まつり, ふれあい, フェスタ end otherwise. */
    private static final String SAID_ENDINGS = "ただるすうよねか";

    private OrganisersNamedAfterTheirEvent() {
    }

    /** The committee whose event's name starts at {@code i} (right after 「), or null. */
    static ActorMention at(String text, int i) {
        if (i < 1 || text.charAt(i - 1) != '「') {
            return null;
        }
        int close = BracketedNames.closeOf(text, i);
        if (close < 0) {
            return null;
        }
        if (SAID_ENDINGS.indexOf(text.charAt(close - 1)) >= 0 || text.startsWith("ない", close - 2)) {
            // 「中止はやむを得ない」実行委員会の山田会長は: words said, written before the committee with no と
            return null;
        }
        int kind = close + 1 < text.length() && text.charAt(close + 1) == 'の' ? close + 2 : close + 1;
        for (String committee : COMMITTEES) {
            int end = kind + committee.length();
            if (text.startsWith(committee, kind) && !continuesTheWord(text, end)) {
                String name = text.substring(i, close) + committee;
                // a label keeps the event's name with the kind, as it keeps a body's named after its kind
                return new ActorMention(name, new TextSpan(i, end), ActorKind.ORGANISATION, name, name, "", "",
                        ActorMention.NAMED_AFTER_ITS_KIND);
            }
        }
        return null;
    }

    /**
     * Whether a mention is a committee named after its event (雪見灯籠まつり実行委員会), whose span runs past the event's
     * bracket: no name in brackets (a product's or a title's) that an anaphor must pass over.
     */
    static boolean isOne(ActorMention m) {
        return m.namedAfterItsKind() && COMMITTEES.stream().anyMatch(m.name()::endsWith);
    }

    /** Whether a kanji goes on after the committee (実行委員会室, 実行委員会長): a longer word, no committee. */
    private static boolean continuesTheWord(String text, int end) {
        return end < text.length() && Scripts.isHan(text.charAt(end));
    }
}
