package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a paragraph into sentences.
 *
 * <p>A sentence ends after 。！？!? (a run of them counts as one end) together with the closing
 * brackets and quotes that follow directly, and at the end of the paragraph. An end mark inside a
 * matched pair of brackets (「」『』（）and the like) does not end the outer sentence. A byline opening the
 * paragraph (【ワシントン＝共同】) is a sentence of its own. Brackets are
 * paired with a stack first and unmatched ones are ignored, so a stray 」 or 「 cannot swallow
 * the rest of the paragraph. A line that starts with a bullet mark (▽ ▼ ・ ● ■ ◆ ○ ◇ ※ …)
 * starts a new sentence. Spans are trimmed of surrounding whitespace.
 * <pre>
 * "彼は「命令は間違いだ。撤回すべきだ」と述べた。王外相は語った。"
 *     → "彼は「命令は間違いだ。撤回すべきだ」と述べた。", "王外相は語った。"
 * "示している」と語った。次の文。"   (a 」 without 「)  → "示している」と語った。", "次の文。"
 * "一方で\n▽周辺地域での演習\n▽ミサイル配備"      → "一方で", "▽周辺地域での演習", "▽ミサイル配備"
 * "「本当か？！」と聞いた。"             → one sentence (the ？！ is inside 「」)
 * "本当か？！」と聞いた。"               → "本当か？！」", "と聞いた。" (a run of end marks, then closers)
 * </pre>
 *
 * <p>Known weaknesses: a full stop written as ． or . does not end a sentence (it would cut
 * numbers and URLs); a matched pair spanning many sentences (a long quotation) keeps them as one.
 */
public final class SentenceSplitter {

    static final String END_MARKS = "。！？!?";
    private static final String OPENERS = "「『（(【〔［[｛{〈《“‘";
    private static final String CLOSERS = "」』）)】〕］]｝}〉》”’";
    static final String TRAILING_CLOSERS = CLOSERS + "\"'";
    private static final String BULLETS = "▽▼・●■◆○◇※△▲□◎★☆";
    /** The longest a byline is, brackets included: 【サンフランシスコ＝共同】 and a reporter's full name. */
    private static final int MAX_BYLINE = 30;

    private SentenceSplitter() {
    }

    /**
     * How many sentences end between {@code start} and {@code end}: end marks outside brackets, a
     * run of them (？！) counted once. 彼は「撤回する。」と述べた。 ends one.
     */
    static int endedSentences(String text, int start, int end) {
        int[] depth = bracketDepth(text, start, end);
        int ended = 0;
        for (int i = start; i < end; i++) {
            if (isIn(END_MARKS, text.charAt(i)) && depth[i - start] == 0 && (i + 1 == end || !isIn(END_MARKS, text.charAt(i + 1)))) {
                ended++;
            }
        }
        return ended;
    }

    public static List<TextSpan> split(String text, TextSpan paragraph) {
        int start = paragraph.start();
        int end = paragraph.end();
        int[] depth = bracketDepth(text, start, end);
        List<Integer> cuts = new ArrayList<>();
        int i = byline(text, start, end);
        if (i > start) {
            cuts.add(i);
        }
        while (i < end) {
            char c = text.charAt(i);
            if (isIn(END_MARKS, c) && depth[i - start] == 0) {
                int j = i + 1;
                while (j < end && isIn(END_MARKS, text.charAt(j))) {
                    j++;
                }
                while (j < end && isIn(TRAILING_CLOSERS, text.charAt(j))) {
                    j++;
                }
                cuts.add(j);
                i = j;
                continue;
            }
            if ((c == '\n' || c == '\r') && i + 1 < end) {
                int k = i + 1;
                while (k < end && Whitespace.is(text.charAt(k))) {
                    k++;
                }
                if (k < end && isIn(BULLETS, text.charAt(k))) {
                    cuts.add(k);
                }
                i = k;
                continue;
            }
            i++;
        }
        cuts.add(end);
        List<TextSpan> sentences = new ArrayList<>();
        int from = start;
        for (int cut : cuts) {
            if (cut <= from) {
                continue;
            }
            trimmed(text, from, cut).ifPresent(sentences::add);
            from = cut;
        }
        return sentences;
    }

    /**
     * Where a byline that opens a paragraph ends (【ワシントン＝共同】, 【北京=山田太郎】: where and who
     * reported), or {@code start}: it is no part of the first sentence, whose actors and label it
     * would join (共同 read as an actor).
     */
    private static int byline(String text, int start, int end) {
        if (start >= end || text.charAt(start) != '【') {
            return start;
        }
        int close = text.indexOf('】', start);
        if (close < 0 || close >= end || close - start > MAX_BYLINE) {
            return start;
        }
        String inside = text.substring(start + 1, close);
        return inside.indexOf('＝') > 0 || inside.indexOf('=') > 0 ? close + 1 : start;
    }

    /** For each position, how many matched bracket pairs enclose it (the brackets themselves count as inside). */
    private static int[] bracketDepth(String text, int start, int end) {
        int[] delta = new int[end - start + 1];
        // the positions of the openers not yet closed, innermost last: ints, as a paragraph's every character passes here
        int[] open = new int[8];
        int opened = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isIn(OPENERS, c)) {
                if (opened == open.length) {
                    open = Arrays.copyOf(open, 2 * opened);
                }
                open[opened++] = i;
            } else if (isIn(CLOSERS, c)) {
                char opener = OPENERS.charAt(CLOSERS.indexOf(c));
                int match = opened - 1;
                while (match >= 0 && text.charAt(open[match]) != opener) {
                    match--;
                }
                if (match >= 0) {
                    // openers inside the pair that never closed are dropped as unmatched
                    delta[open[match] - start]++;
                    delta[i - start + 1]--;
                    opened = match;
                }
            }
        }
        int[] depth = new int[end - start];
        int running = 0;
        for (int k = 0; k < depth.length; k++) {
            running += delta[k];
            depth[k] = running;
        }
        return depth;
    }

    /**
     * Whether a mark of {@code marks} is {@code c}. Kana and kanji, most of any text, are none of
     * the marks and are answered without a search (・ U+30FB, a bullet, lies just past katakana).
     */
    private static boolean isIn(String marks, char c) {
        boolean kanaOrKanji = c >= '\u3041' && c <= '\u30FA' || c >= '\u4E00' && c <= '\u9FFF';
        return !kanaOrKanji && marks.indexOf(c) >= 0;
    }

    private static Optional<TextSpan> trimmed(String text, int from, int to) {
        while (from < to && Whitespace.is(text.charAt(from))) {
            from++;
        }
        while (to > from && Whitespace.is(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? Optional.of(new TextSpan(from, to)) : Optional.empty();
    }
}
