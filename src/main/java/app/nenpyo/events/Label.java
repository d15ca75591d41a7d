package app.nenpyo.events;

import app.nenpyo.nlp.ActorFinder;
import app.nenpyo.nlp.ActorMention;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link LabelBuilder} read in a clause.
 *
 * @param text       the headline, at most {@link #MAX_LENGTH} characters
 * @param subject    the actor that did it, when the subject is an actor (sentence-relative span)
 * @param place      where, when the clause says so with で (ジュネーブで, カザフでは)
 * @param headWords  the words that name the happening (協議, 会談, 抗議活動, 暴徒化), for merging
 *                   and categories (the merger ignores generic ones such as 開始, 発言)
 * @param predicate  the noun naming what the predicate says was done (会談, 開始, 発言; 開催 for a
 *                   label saying 開催へ), "" when none
 * @param datedDeed  the deed of the relative clause the date heads, when the label tells it (召集 in
 *                   6日に召集される臨時国会で…演説する → 臨時国会が召集), else "": the sentence's main
 *                   clause then says nothing of the happening
 * @param bareTopic  the common noun the label leads with when the sentence names it without saying
 *                   which (警報 in 警報は14日未明に解除された → 警報が解除), or the title or local body said
 *                   without its holder (首相, 市), else "": the text before may have said it in full
 *                   ({@link NamedBefore})
 * @param pointedNoun the noun a 同 before it points back with, in the label (法案 of 同法案は可決された → 同法案が
 *                   可決), else "": the text before may have named it in full ({@link NamedBefore#pointedNoun})
 */
record Label(String text, Optional<ActorMention> subject, Optional<ActorMention> place, List<String> headWords,
             String predicate, String datedDeed, String bareTopic, String pointedNoun) {

    /** The longest label, in characters: a headline of who did what (王毅外相がトレウベルディ外相と電話で会談). */
    static final int MAX_LENGTH = 40;

    /** A label is one line: the line breaks of a text wrapped at a width (東京・元赤坂⏎の迎賓館) are not its words. */
    Label {
        text = unbroken(text);
    }

    /**
     * The text without its line breaks and the indentation after them, a space kept only between two
     * Latin letters or digits, unless both sides are capitals and digits (an acronym cut by a page's
     * width): {@code "東京・元赤坂\n　の迎賓館"} → {@code "東京・元赤坂の迎賓館"}, {@code "G7\nsummit"} →
     * {@code "G7 summit"}, {@code "JAX\nAが"} → {@code "JAXAが"}. Known weakness: two acronyms on two lines
     * with nothing between them are joined.
     */
    static String unbroken(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                out.append(c);
                continue;
            }
            while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                out.setLength(out.length() - 1);
            }
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r' || text.charAt(next) == ' '
                    || text.charAt(next) == '\t' || text.charAt(next) == '\u3000')) {
                next++;
            }
            if (out.length() > 0 && next < text.length() && isLatin(out.charAt(out.length() - 1)) && isLatin(text.charAt(next))
                    && !(capitalsOrDigits(out, out.length() - 1, -1) && capitalsOrDigits(text, next, 1))) {
                out.append(' ');
            }
            i = next - 1;
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * Whether the run of Latin letters and digits from {@code from}, read towards {@code step}, is
     * capitals and digits only: the halves of an acronym a page cut (JAX / A), joined again.
     */
    private static boolean capitalsOrDigits(CharSequence s, int from, int step) {
        for (int i = from; i >= 0 && i < s.length() && isLatin(s.charAt(i)); i += step) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    Label(String text, Optional<ActorMention> subject, Optional<ActorMention> place, List<String> headWords,
          String predicate) {
        this(text, subject, place, headWords, predicate, "", "");
    }

    Label(String text, Optional<ActorMention> subject, Optional<ActorMention> place, List<String> headWords,
          String predicate, String datedDeed, String bareTopic) {
        this(text, subject, place, headWords, predicate, datedDeed, bareTopic, "");
    }

    /**
     * The same label told by another text, its doer, words and deed kept as the merge reads them: an incident or a
     * vote told with what came of it (参院選が投開票 → 参院選が投開票、自民、公明両党が…上回る).
     */
    Label retold(String told) {
        return new Label(told, subject, place, headWords, predicate, datedDeed, bareTopic, pointedNoun);
    }

    /** The same label, told that a 同 in it points back at this noun. */
    Label withPointedNoun(String noun) {
        return new Label(text, subject, place, headWords, predicate, datedDeed, bareTopic, noun);
    }

    private static final String TAKES_OFFICE = "が就任";

    /**
     * The label's text with its bare topic and the noun its 同 points back with said as the text
     * before the sentence said them, or a person taking office with the post it gave them, within
     * {@link #MAX_LENGTH}.
     *
     * @param finder what reads the places named before, for a local body said alone (市は)
     */
    String named(String textBefore, ActorFinder finder) {
        String named = topicNamed(textBefore, finder);
        if (pointedNoun.isEmpty() || !named.contains("同" + pointedNoun)) {
            return named;
        }
        // 同法案 → 経済安全保障推進法案: the name the sentences before gave it; a mention as bare as 法案 gives nothing
        String full = NamedBefore.fuller(textBefore, pointedNoun);
        String said = full.isEmpty() ? named : named.replaceFirst(Pattern.quote("同" + pointedNoun), Matcher.quoteReplacement(full));
        return said.codePointCount(0, said.length()) <= MAX_LENGTH ? said : named;
    }

    private String topicNamed(String textBefore, ActorFinder finder) {
        if (text.endsWith(TAKES_OFFICE) && text.length() > TAKES_OFFICE.length()) {
            // 山田氏が就任: which post the text before gave him (新社長に山田氏が就く人事)
            String person = text.substring(0, text.length() - TAKES_OFFICE.length());
            String post = NamedBefore.postOf(textBefore, person);
            String named = person + "が" + post + "に就任";
            return post.isEmpty() || named.codePointCount(0, named.length()) > MAX_LENGTH ? text : named;
        }
        if (bareTopic.isEmpty()) {
            return text;
        }
        // 首相が帰国: the holder the text before named (石破茂首相), where a common noun takes its fuller name
        String full = NamedBefore.isHeldTitle(bareTopic) ? NamedBefore.holder(textBefore, bareTopic, finder)
                : NamedBefore.fuller(textBefore, bareTopic);
        int at = text.indexOf(bareTopic);
        if (full.isEmpty() || at < 0) {
            return text;
        }
        String named = text.substring(0, at) + full + text.substring(at + bareTopic.length());
        return named.codePointCount(0, named.length()) <= MAX_LENGTH ? named : text;
    }
}
