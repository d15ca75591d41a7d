package app.nenpyo.events;

import app.nenpyo.domain.InTextOrder;
import app.nenpyo.domain.Sentence;
import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.nlp.ActorFinder;
import app.nenpyo.nlp.ActorMention;
import app.nenpyo.nlp.Coreference;
import app.nenpyo.nlp.JapaneseTokens;
import app.nenpyo.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a bare noun stands for in the text before it: news names a thing in full once (東京23区に
 * 大雪警報を出した, 台風14号は) and then by its last word alone (警報は14日未明に解除された, 台風は14日に
 * 発生した), which a timeline shows without the article; the label says it in full again.
 *
 * <p>Rules: only the last mention of the noun in the {@link #SENTENCES} sentences before, within
 * {@link #REACH} characters, counts (further back the article has moved on: 日銀の金融政策決定会合
 * five sentences before FRB's 次回の会合 is another body's meeting), and
 * only when it is written onto other words: the kanji, katakana, letters and digits right before
 * it (大雪警報, 停戦協議, 2022年度予算案), or a number and 号 right after it (台風14号). A mention as
 * bare as the label's, or one after a word that points back (同協議, 両会談) or says which of
 * several (各会場), gives nothing.
 */
final class NamedBefore {

    /** How many sentences back the full name may be. */
    static final int SENTENCES = 3;

    /** How far back the full name may be, in characters: more than three sentences of news hold. */
    static final int REACH = 300;

    /** One-character prefixes that point back or pick out rather than name: 同協議 is no fuller name. */
    private static final String POINTING = "同両当本各今次前全";

    private NamedBefore() {
    }

    /**
     * @param textBefore the document text before the sentence, the {@link #SENTENCES} sentences before it
     * @param noun       the bare noun (警報)
     * @return the noun as the text last named it in full (大雪警報), or "" when it did not
     */
    static String fuller(String textBefore, String noun) {
        String before = textBefore;
        int at = before.lastIndexOf(noun);
        if (at < 0) {
            return "";
        }
        int start = at;
        while (start > 0 && isWordChar(before.charAt(start - 1))) {
            start--;
        }
        int end = at + noun.length();
        int digits = end;
        while (digits < before.length() && isDigit(before.charAt(digits))) {
            digits++;
        }
        if (digits > end && digits < before.length() && before.charAt(digits) == '号') {
            end = digits + 1;
        }
        String prefix = before.substring(start, at);
        if (prefix.length() == 1 && POINTING.indexOf(prefix.charAt(0)) >= 0 || start == at && end == at + noun.length()) {
            return "";
        }
        return before.substring(start, end);
    }

    /**
     * A title or a local body said alone, which news writes after naming its holder once (菅義偉首相は…。
     * 首相は…; 福井県北浜市は…。市は…; 村瀬達也被告（47）は…。被告は…).
     */
    static final Set<String> HELD_TITLES = Set.of("首相", "大統領", "知事", "市長", "町長", "村長", "社長", "市", "県", "町", "村",
            "被告", "容疑者");

    /**
     * Whether a subject said alone is a title whose holder the text before named: one of
     * {@link #HELD_TITLES}, or a person's office of them held before (前市長, 元首相: 大森宏明前市長 was named
     * so), which a local body cannot be (前市 is no office).
     */
    static boolean isHeldTitle(String said) {
        if (HELD_TITLES.contains(said)) {
            return true;
        }
        String office = said.isEmpty() ? "" : said.substring(1);
        return said.length() >= 2 && OTHER_OFFICE.indexOf(said.charAt(0)) >= 0 && HELD_TITLES.contains(office)
                && !LOCAL_BODIES.contains(office);
    }

    /**
     * The local bodies among {@link #HELD_TITLES}: common nouns end in them too (主要都市, 農村, 城下町,
     * 他県), so only a place written with the kind (北浜市) is one named before.
     */
    private static final Set<String> LOCAL_BODIES = Set.of("市", "県", "町", "村");

    /** What a title written right after them makes another office: 元首相, 前知事, 副市長, 新社長. */
    private static final String OTHER_OFFICE = "元前副新旧";

    /**
     * @param textBefore the document text before the sentence, the {@link #SENTENCES} sentences before it
     * @param title      one of {@link #HELD_TITLES}, or an office held before ({@link #isHeldTitle}: 前市長)
     * @param finder     what reads the places of a sentence before, for a local body
     * @return the title with its holder as the text last named them (菅義偉首相, 福井県北浜市), or "": a
     *         mention inside a longer word (市職員), another office (安倍晋三元首相), one that points
     *         back (同市) or a local body's kind ending a common noun (主要都市) names no holder and is passed over
     */
    static String holder(String textBefore, String title, ActorFinder finder) {
        for (int at = textBefore.lastIndexOf(title); at >= 0; at = at == 0 ? -1 : textBefore.lastIndexOf(title, at - 1)) {
            int end = at + title.length();
            if (end < textBefore.length() && isWordChar(textBefore.charAt(end))) {
                continue;
            }
            int start = at;
            while (start > 0 && isWordChar(textBefore.charAt(start - 1))) {
                start--;
            }
            String prefix = textBefore.substring(start, at);
            if (prefix.isEmpty() || OTHER_OFFICE.indexOf(prefix.charAt(prefix.length() - 1)) >= 0
                    || prefix.length() == 1 && POINTING.indexOf(prefix.charAt(0)) >= 0) {
                continue;
            }
            if (LOCAL_BODIES.contains(title) && !placeWrittenAs(textBefore, at, title, finder)) {
                continue;
            }
            return textBefore.substring(start, end);
        }
        return "";
    }

    /**
     * Whether the kind at {@code at} follows a place the actor rules find in its sentence (北浜 of 北浜市),
     * as {@link Coreference#writtenAs} has a municipality: only read for a bare local body, which is rare.
     */
    private static boolean placeWrittenAs(String textBefore, int at, String kind, ActorFinder finder) {
        int start = Math.max(textBefore.lastIndexOf('。', at), textBefore.lastIndexOf('\n', at)) + 1;
        int end = at + kind.length();
        String sentence = textBefore.substring(start, end);
        int kindAt = at - start;
        for (ActorMention m : finder.find(sentence, JapaneseTokens.of(sentence))) {
            boolean endsAtKind = m.span().end() == kindAt || m.span().end() == sentence.length();
            if (m.kind() == ActorKind.PLACE && endsAtKind && Coreference.writtenAs(sentence, m, kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the {@link #SENTENCES} sentences before a sentence start, within {@link #REACH}
     * characters: what a reader of it still has in mind (binary search: documents can be long).
     *
     * @param sentences the document's sentences, in text order
     */
    static int windowStart(List<Sentence> sentences, TextSpan sentence) {
        int at = sentenceAt(sentences, sentence.start());
        int start = sentences.isEmpty() ? sentence.start() : sentences.get(Math.max(0, at - SENTENCES)).span().start();
        return Math.max(Math.min(start, sentence.start()), sentence.start() - REACH);
    }

    /** The index of the first sentence starting at or after a position. */
    static int sentenceAt(List<Sentence> sentences, int position) {
        return InTextOrder.firstStartingFrom(sentences, Sentence::span, position);
    }

    /**
     * 同法案は可決された: the noun a prefix 同 points back with in the clause (法案; 同予算案 → 予算案, all the
     * nouns written onto it), of at least two characters, else "". 同盟国 and 同時 are one word with no prefix,
     * and the one-character kinds of actors (同社, 同省, 同国) are anaphors of actors ({@code AnaphorFinder}).
     *
     * @param tokens the sentence's tokens
     * @param clause the clause, sentence-relative
     */
    static String pointedNoun(List<Token> tokens, TextSpan clause) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token prefix = tokens.get(i);
            Token first = tokens.get(i + 1);
            boolean pointing = prefix.surface().equals("同") && prefix.partOfSpeech().startsWith("接頭詞")
                    && clause.contains(prefix.span()) && first.span().start() == prefix.span().end()
                    && (first.partOfSpeech().startsWith("名詞-一般") || first.partOfSpeech().startsWith("名詞-サ変接続"));
            if (!pointing) {
                continue;
            }
            // the whole noun: 同予算案 points back with 予算 + 案
            int end = i + 2;
            while (end < tokens.size() && tokens.get(end).span().start() == tokens.get(end - 1).span().end()
                    && tokens.get(end).partOfSpeech().startsWith("名詞") && !tokens.get(end).partOfSpeech().startsWith("名詞-数")) {
                end++;
            }
            TextSpan noun = new TextSpan(first.span().start(), tokens.get(end - 1).span().end());
            if (clause.contains(noun) && noun.length() >= 2) {
                return tokens.subList(i + 1, end).stream().map(Token::surface).collect(Collectors.joining());
            }
        }
        return "";
    }

    /**
     * 新社長に山田氏が就く人事を発表した。山田氏は来月1日付で就任する: the post the text before gave a
     * person (新社長), written right before 「に」 and the person (or after the person and は/が),
     * with 就く or 就任; "" when it gave none.
     */
    static String postOf(String textBefore, String person) {
        String post = "([\\p{IsHan}\\p{IsKatakana}ー]+)に";
        String name = Pattern.quote(person);
        Matcher before = Pattern.compile(post + name + "(が|は)?、?(就|就任)").matcher(textBefore);
        Matcher after = Pattern.compile(name + "(が|は)、?" + post + "(就|就任)").matcher(textBefore);
        String found = "";
        int at = -1;
        while (before.find()) {
            found = before.group(1);
            at = before.start();
        }
        while (after.find()) {
            if (after.start() > at) {
                found = after.group(2);
                at = after.start();
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || c == '々'
                || (block == Character.UnicodeBlock.KATAKANA && c != '・') || isDigit(c)
                || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
