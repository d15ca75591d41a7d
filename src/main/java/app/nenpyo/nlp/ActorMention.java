package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;

/**
 * One actor as written in a text, before aliases are merged.
 *
 * <p>{@code 中国の王毅国務委員兼外相} gives COUNTRY 中国 and {@code ActorMention("王毅国務委員兼外相",
 * span, PERSON, "王毅", "王毅", "国務委員兼外相", "中国", "")}; {@code カザフ} gives
 * {@code (カザフ, COUNTRY, name カザフ, canonical カザフスタン, reason "gazetteer short form of カザフスタン")}.
 *
 * @param surface   the whole text matched, title included
 * @param name      the name without title or country prefix (王毅, リャブコフ, 外務省)
 * @param canonical the gazetteer's canonical name, or the name itself
 * @param title     a person's title, "" otherwise
 * @param country   canonical country, "" when the text does not say
 * @param reason    why {@code name} stands for {@code canonical}, or {@link #SAID_BY_ITS_KIND} for a body named by
 *                  what it is (調査委員会, 原告団), "" otherwise
 */
public record ActorMention(String surface, TextSpan span, ActorKind kind, String name, String canonical,
                           String title, String country, String reason) {

    /** The reason of a body said by what it is, with no name of its own: 県の調査委員会, 原告団 ({@link ActorFinder}). */
    public static final String SAID_BY_ITS_KIND = "a body said by what it is";

    /**
     * The reason of a body named in brackets after the kind of body it is: 芸能事務所「星影プロダクション」
     * ({@link BodiesNamedAfterTheirKind}). It has a name of its own, said again later, and a label keeps its kind with it.
     */
    public static final String NAMED_AFTER_ITS_KIND = "a body named in brackets after its kind";

    /**
     * The reason of a thing named, a typhoon ({@link Typhoons}): read as an organisation, a doer with a name of its own
     * that two reports share as they share a body (a place's name is set aside when reports' words are compared, and a
     * typhoon's name is what two reports of one storm share), but no company 同社 points at.
     */
    public static final String A_THING = "a thing named by its number";

    /** Whether this is a thing named, a typhoon ({@link #A_THING}). */
    public boolean aThing() {
        return A_THING.equals(reason);
    }

    /** Whether this is a body named in brackets after its kind, which a label names with the kind (芸能事務所「星影プロダクション」). */
    public boolean namedAfterItsKind() {
        return NAMED_AFTER_ITS_KIND.equals(reason);
    }

    /** Whether this is a body said by what it is, which a label names with whose it is (県の調査委員会). */
    public boolean saysOnlyItsKind() {
        return SAID_BY_ITS_KIND.equals(reason);
    }

    public ActorMention shift(int delta) {
        return new ActorMention(surface, span.shift(delta), kind, name, canonical, title, country, reason);
    }

    public ActorMention withCountry(String newCountry) {
        return new ActorMention(surface, span, kind, name, canonical, title, newCountry, reason);
    }
}
