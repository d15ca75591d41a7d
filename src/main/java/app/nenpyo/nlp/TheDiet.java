package app.nenpyo.nlp;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import java.util.List;

/**
 * 国会, Japan's Diet, written as a word of its own or as one of its sessions (臨時国会, 特別国会, 通常国会), is the body
 * that is convened, debates and passes laws: news lists it as an actor (特別国会が召集され, 国会で説明した). IPADIC reads it
 * as a common noun, so no other rule finds it. It is a body said by what it is (the national assembly), as 原告団 is
 * ({@link ActorMention#SAID_BY_ITS_KIND}): a label tells it as written (特別国会が召集), not as a named doer's deed done to it.
 *
 * <p>Examples: 「国会は10日に召集された」 → 国会; 「来年1月召集の通常国会に提出する」 → 国会 (the session's word is in the surface).
 * None in 国会議員 and 国会議事堂 (a member, a building: the word goes on), 国会前 (a place before it), 超党派国会 (a kanji
 * before it that is no session's word).
 *
 * <p>Known weakness: a foreign parliament written 国会 (インドの国会) is read as Japan's; the country before it is not
 * looked at.
 */
final class TheDiet {

    static final String DIET = "国会";

    /** The sessions of the Diet, written before 国会. */
    private static final List<String> SESSIONS = List.of("臨時", "特別", "通常");

    private TheDiet() {
    }

    /** The Diet written from {@code i}, or null. */
    static ActorMention at(String text, int i) {
        int start = i;
        for (String session : SESSIONS) {
            if (text.startsWith(session + DIET, i)) {
                i += session.length();
                break;
            }
        }
        if (!text.startsWith(DIET, i) || start > 0 && BodiesByTheirKind.continuesAWord(text.charAt(start - 1))) {
            return null;
        }
        int end = i + DIET.length();
        if (end < text.length() && BodiesByTheirKind.continuesAWord(text.charAt(end))) {
            return null;
        }
        return new ActorMention(text.substring(start, end), new TextSpan(start, end), ActorKind.ORGANISATION, DIET, DIET, "",
                ActorFinder.HOME_COUNTRY,
                ActorMention.SAID_BY_ITS_KIND);
    }
}
