package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The paragraphs of a run of lines with no blank line between them. Clippings copied from news
 * databases and sites often write a paragraph a line, with no blank lines: the whole article
 * would be one paragraph, its sources cited as ¶1 and a dateline or headline read as the start
 * of the first sentence. Such a run is told by its lines:
 * <ul>
 *   <li><b>indented</b> (a line starts with an ideographic space, U+3000, the Japanese paragraph
 *       indent): each such line after the first starts a paragraph, and so does a line opening a
 *       quotation (「『（) after a line that ended a sentence; the other lines continue theirs:
 *       {@code "　政府は…発表した。\n　首相は…述べた。"} → two;
 *       {@code "　字下げした段落。\n続く行。"} → one;</li>
 *   <li><b>wrapped at a width</b> (three lines or more, and at least half of those before the
 *       last, two at least, within two columns, or two characters, of the widest of them): one
 *       paragraph, as typed;</li>
 *   <li>otherwise, when lines before the last end their sentences (。！？ with closing brackets after
 *       it), at least half of those that neither go on nor are datelines, the run writes a
 *       paragraph a line: every line is one, except a line that ends in a word that goes on
 *       (、 は が を に で と の も や て し ば: 一方でアメリカ側は / ▽…求めていて), which continues into
 *       the next: {@code "2023年5月20日\n与党が過半数\n政府は…した。\n首相は…述べた。"} → four;</li>
 *   <li>otherwise one paragraph: {@code "一方で\n▽周辺地域での…\n双方が…焦点です。"}, {@code "二\r\n続き"}.</li>
 * </ul>
 * And whatever the run: a dateline ({@link DateFinder#isDateLine}: 2019年5月1日 夕刊 1面) is a paragraph
 * of its own; and while nothing but datelines came before, the first line after them is the
 * headline when it is short (40 full-width characters at most), ends no sentence, reads as no lead
 * (政府は6日、… : a topic or subject and a comma) and does not go on (or ends in に before a longer
 * sentence with a comma: 死者4万6千人超に), before lines that end one (a run of addresses alone stays one), in a run not wrapped at a
 * width: {@code "新天皇が即位\n2019年5月1日 夕刊 1面\n皇太子さまは1日、即位された。"} → three
 * (decision 0035).
 *
 * <p>Known weaknesses: a short run wrapped at a width whose lines happen to end sentences is split
 * at those ends; a paragraph a line whose lines never end a sentence (a list of headlines) stays
 * one paragraph; a headline ending in a particle other than に (…の声も) stays with the body, and one
 * ending in に before a short sentence with no comma (…超に / 死者が出た。); a text opening
 * with a paragraph wrapped in two lines may have its first line taken for a headline.
 */
final class LineParagraphs {

    /** Characters a line ends with when its sentence goes on in the next line. */
    private static final String GOES_ON = "、，,はがをにでとのもやてしば";
    private static final int WRAP_TOLERANCE = 2;
    /** The widest a headline is: 40 full-width characters. */
    private static final int HEADLINE_COLUMNS = 80;

    /**
     * A non-blank line.
     *
     * @param lineStart where the line starts (its indentation included)
     * @param start     its first non-whitespace character
     * @param end       just after its last non-whitespace character
     */
    record Line(int lineStart, int start, int end) {
    }

    private LineParagraphs() {
    }

    /**
     * Adds the paragraphs of {@code run} (consecutive non-blank lines, in order) to {@code out}.
     *
     * @param first whether nothing but datelines came before the run, where its first line (after
     *              any dateline) may be the headline
     */
    static void split(String text, List<Line> run, List<TextSpan> out, boolean first) {
        if (run.isEmpty()) {
            return;
        }
        boolean[] starts = paragraphStarts(text, run);
        int headline = first ? 0 : -1;
        for (int i = 0; i < run.size(); i++) {
            if (DateFinder.isDateLine(text, run.get(i).start(), run.get(i).end())) {
                // a dateline (2019年5月1日 夕刊 1面) is a paragraph of its own, never the start of a sentence
                starts[i] = i > 0;
                if (i + 1 < run.size()) {
                    starts[i + 1] = true;
                }
                headline = headline == i ? i + 1 : headline;
            }
        }
        if (headline >= 0 && headline + 1 < run.size() && isHeadline(text, run, headline)) {
            starts[headline + 1] = true;
        }
        int start = run.get(0).start();
        for (int i = 1; i < run.size(); i++) {
            if (starts[i]) {
                out.add(new TextSpan(start, run.get(i - 1).end()));
                start = run.get(i).start();
            }
        }
        out.add(new TextSpan(start, run.get(run.size() - 1).end()));
    }

    private static boolean[] paragraphStarts(String text, List<Line> run) {
        boolean[] starts = new boolean[run.size()];
        if (run.size() < 2) {
            return starts;
        }
        boolean indented = isIndented(text, run.get(0));
        for (int i = 1; i < run.size(); i++) {
            // 「全力を尽くす」と語った。 after a sentence ended: copy leaves a quotation's paragraph unindented
            starts[i] = isIndented(text, run.get(i)) || opensAQuote(text, run.get(i)) && endsASentence(text, run.get(i - 1));
            indented |= isIndented(text, run.get(i));
        }
        if (indented) {
            return starts;
        }
        Arrays.fill(starts, false);
        if (wrappedAtAWidth(text, run) || !aParagraphALine(text, run)) {
            return starts;
        }
        for (int i = 1; i < run.size(); i++) {
            starts[i] = !goesOn(text, run.get(i - 1));
        }
        return starts;
    }

    /**
     * Whether the text's first line (after its datelines) is its headline (新天皇が即位　「令和」始まる): short, no sentence
     * ended and none going on, before a line that ends one, in a run not wrapped at a width.
     */
    private static boolean isHeadline(String text, List<Line> run, int index) {
        Line line = run.get(index);
        boolean bodyFollows = run.stream().skip(index + 1L).anyMatch(l -> endsASentence(text, l));
        return bodyFollows && columns(text, line) <= HEADLINE_COLUMNS && !endsASentence(text, line) && !readsAsALead(text, line)
                && (!goesOn(text, line) || endsInNiBeforeASentence(text, run, index)) && !wrappedAtAWidth(text, run);
    }

    /** A lead's start: a topic or subject, its date and a comma (政府は6日、, 知事が同日午後、). */
    private static final Pattern LEAD = Pattern.compile("[^、。\\s]{1,20}[はが](?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日|同日)"
            + "(?:午前|午後|夜|朝|未明|夕方)?、");

    /**
     * Whether a line starts as a news lead does (政府は6日、全国の自治体に): a sentence's start, never a
     * headline's. A headline with a comma (日銀が利上げ、17年ぶり) has no date before it.
     */
    private static boolean readsAsALead(String text, Line line) {
        return LEAD.matcher(text).region(line.start(), line.end()).lookingAt();
    }

    /**
     * Whether a line ending in に is a headline that says what something came to (死者4万6千人超に), not
     * a sentence going on: the next line is a sentence of its own, longer, with a comma inside and
     * its end ({@code "…国会に\n提出すると述べた。"} goes on).
     */
    private static boolean endsInNiBeforeASentence(String text, List<Line> run, int index) {
        Line line = run.get(index);
        if (text.charAt(line.end() - 1) != 'に' || index + 1 >= run.size()) {
            return false;
        }
        Line next = run.get(index + 1);
        int comma = text.indexOf('、', next.start());
        return endsASentence(text, next) && next.end() - next.start() > line.end() - line.start()
                && comma >= 0 && comma < next.end();
    }

    /**
     * Whether the lines before the last end their sentences as a paragraph a line does: at least
     * one, and at least half of those that neither go on nor are datelines (in a paragraph wrapped
     * at a width a line ends a sentence by chance).
     */
    private static boolean aParagraphALine(String text, List<Line> run) {
        int ending = 0;
        int counted = 0;
        for (int i = 0; i < run.size() - 1; i++) {
            Line line = run.get(i);
            if (goesOn(text, line) || DateFinder.isDateLine(text, line.start(), line.end())) {
                continue;
            }
            counted++;
            if (endsASentence(text, line)) {
                ending++;
            }
        }
        return ending > 0 && 2 * ending >= counted;
    }

    private static boolean opensAQuote(String text, Line line) {
        return "「『（(".indexOf(text.charAt(line.start())) >= 0;
    }

    private static boolean isIndented(String text, Line line) {
        return text.charAt(line.lineStart()) == '\u3000';
    }

    private static boolean wrappedAtAWidth(String text, List<Line> run) {
        int before = run.size() - 1;
        if (before < 2) {
            return false;
        }
        // an editor wraps at columns, an export at characters (where digits are half as wide)
        return linedUp(run, before, line -> columns(text, line))
                || linedUp(run, before, line -> text.codePointCount(line.lineStart(), line.end()));
    }

    private static boolean linedUp(List<Line> run, int before, ToIntFunction<Line> width) {
        int widest = 0;
        for (int i = 0; i < before; i++) {
            widest = Math.max(widest, width.applyAsInt(run.get(i)));
        }
        int atWidth = 0;
        for (int i = 0; i < before; i++) {
            if (width.applyAsInt(run.get(i)) >= widest - WRAP_TOLERANCE) {
                atWidth++;
            }
        }
        return atWidth >= 2 && 2 * atWidth >= before;
    }

    /** The columns a line takes in a monospaced editor: ASCII and half-width katakana one, the rest two. */
    private static int columns(String text, Line line) {
        return columns(text, line.lineStart(), line.end());
    }

    /** How many columns {@code [from, to)} of a text takes: two for a full-width character, one for ASCII and half-width kana. */
    static int columns(String text, int from, int to) {
        int columns = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            columns += c < 0x80 || c >= 0xFF61 && c <= 0xFF9F ? 1 : 2;
            i += Character.charCount(c);
        }
        return columns;
    }

    private static boolean endsASentence(String text, Line line) {
        return endsASentence(text, new TextSpan(line.start(), line.end()));
    }

    /** Whether a span of text ends a sentence: 。！？ with any closing brackets after it. */
    static boolean endsASentence(String text, TextSpan span) {
        int i = span.end() - 1;
        while (i > span.start() && SentenceSplitter.TRAILING_CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return SentenceSplitter.END_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean goesOn(String text, Line line) {
        return GOES_ON.indexOf(text.charAt(line.end() - 1)) >= 0;
    }
}
