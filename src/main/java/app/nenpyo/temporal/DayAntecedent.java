package app.nenpyo.temporal;

import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.List;

/**
 * The day a later 同日, 翌日, 前日 or その2日後 refers back to: the day of the happening told last,
 * which is not always the last date written.
 *
 * <ul>
 *   <li>A day, not a year, a business year, a month or a period: 1964年に記録した55本を…。…は同日,
 *       2023年度から5年間の防衛費は…。首相は同日夜, 年度内の再稼働は…。社長は同日 all mean the day told
 *       before them.</li>
 *   <li>Not the day a period since it starts from (2月24日に侵攻を始めて以降、…): that clause sets the
 *       scene of the happening, it tells none.</li>
 *   <li>Not a day planned in what a sentence tells was said or decided on another day (政府は20日、
 *       5月8日に移行すると確認した。厚労相は同日…): a day the sentence leans to the future with, or a
 *       day after the article's (4日、…10月1日出荷分から値上げすると発表した。同社は同日), does not
 *       replace one told done earlier in the same sentence.</li>
 *   <li>Not an earlier day that dates what a sentence is about (首相は27日、…会談した。北朝鮮が今月4日と9日に
 *       発射したミサイルを巡っては、…。トランプ氏は同日午前、: the 27th), after a day told done.</li>
 *   <li>Not an earlier day written onto a noun in a later sentence (頼氏は1月13日の総統選で当選し、…。…は同日夜、
 *       批判した: the story's day), for a reference told done: an occasion recalled; one told as had been done
 *       (…決めていた) counts from the recalled day.</li>
 *   <li>Not an earlier day a flashback tells (会談に先立ち、韓国政府は今月6日、解決策を発表していた。), for a
 *       reference whose sentence tells what is coming (尹氏は翌日、会合に出席する。): the story's day (16日)
 *       is what it counts from, as a plan is not dated inside a flashback; one that tells what was done
 *       (同日には日本政府も談話を出した。) still counts from the flashback's day, but not from a new paragraph,
 *       which has left the flashback (男は先月21日、逮捕されていた。起訴状によると、…。⏎県警は同日、再逮捕した: the
 *       story's day; session 36), unless it too tells what had been done (⏎…男は同日、容疑を認めていたという).</li>
 * </ul>
 * With no such day told, the last date of any kind is taken, as before.
 *
 * <p>Known weakness: a flashback is known only by its sentence ending in ていた; one told in a plain
 * past (6日に発表した解決策) is taken as the story moving back.
 */
final class DayAntecedent {
    private static final Words SINCE = new Words("以降", "以来");

    private TimeValue day;
    private TextSpan sentence;
    private boolean toldDone;
    /** The story's day while an earlier day told in a flashback is {@link #day}, else null. */
    private TimeValue beforeTheFlashback;
    /** The story's day while {@link #day} is an earlier occasion recalled by a day written onto a noun, else null. */
    private TimeValue beforeTheRecall;

    /** The day to count from, or {@code lastDate} when no day has been told. */
    TimeValue or(TimeValue lastDate) {
        return day != null ? day : lastDate;
    }

    /**
     * The same for a reference in {@code referring}, whose sentence leans as {@code lean}: what is coming,
     * or told in a paragraph after the flashback's ({@code paragraphs}) but not as had been done, counts from the
     * story's day, not a flashback's; and what is told in a plain past or present, from the
     * story's day, not from an occasion a sentence recalled (頼氏は1月13日の総統選で当選し、…。…は同日夜、批判した:
     * the story's day), while what is told as had been done (政府は同日、…決めていた) counts from the recalled one.
     */
    TimeValue or(TimeValue lastDate, Lean lean, char[] c, TextSpan referring, Paragraphs paragraphs) {
        boolean coming = lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE;
        if (beforeTheFlashback != null && (coming || paragraphs.breakBetween(sentence.end() - 1, referring.start())
                && !endsPluperfect(c, referring))) {
            return beforeTheFlashback;
        }
        return beforeTheRecall != null && !endsPluperfect(c, referring) ? beforeTheRecall : or(lastDate);
    }

    /**
     * Takes a resolved date written in {@code sentence}, ending at {@code end}, as the day a later
     * reference counts from when it is one.
     */
    void told(TimeValue value, Lean lean, TextSpan sentence, char[] c, int end, LocalDate document) {
        if (!value.start().equals(value.end()) || startsAPeriodSince(c, end, Math.min(sentence.end(), c.length))) {
            return;
        }
        if (day != null && toldDone && value.start().isBefore(day.start())
                && TenseCues.datesWhatTheSentenceIsAbout(c, end, Math.min(sentence.end(), c.length))) {
            // 今月4日と9日に発射したミサイルを巡っては、: what the sentence is about, not when the story moved
            return;
        }
        // a day after the article's is planned, whatever its verb (10月1日出荷分から値上げすると発表した)
        boolean planned = lean == Lean.FUTURE || lean == Lean.LEANING_FUTURE || value.start().isAfter(document);
        if (planned && day != null && toldDone && sentence.equals(this.sentence)) {
            return;
        }
        // 今月14日に逮捕され、21日に…提出していた: a flashback's later days are still of the flashback
        boolean stillInTheFlashback = beforeTheFlashback != null && sentence.equals(this.sentence);
        boolean flashback = stillInTheFlashback || day != null && toldDone && !sentence.equals(this.sentence)
                && value.start().isBefore(day.start()) && endsPluperfect(c, sentence);
        beforeTheFlashback = flashback ? (beforeTheFlashback != null ? beforeTheFlashback : day) : null;
        // 頼氏は1月13日の総統選で当選し: an earlier day written onto a noun, in a sentence after the story's day
        boolean recalled = !flashback && day != null && toldDone && !sentence.equals(this.sentence)
                && value.start().isBefore(day.start()) && Chars.at(c, end, "の") && end + 1 < c.length && Chars.isKanji(c[end + 1]);
        beforeTheRecall = recalled ? (beforeTheRecall != null ? beforeTheRecall : day) : null;
        day = value;
        this.sentence = sentence;
        toldDone = lean.past();
    }

    /** Whether the sentence ends in ていた (発表していた。, 認めていたという。): what had been done before the story's day. */
    private static boolean endsPluperfect(char[] c, TextSpan sentence) {
        int end = Math.min(sentence.end(), c.length);
        while (end > sentence.start() && (c[end - 1] == '。' || c[end - 1] == '\n' || c[end - 1] == ' ')) {
            end--;
        }
        for (String w : List.of("ていた", "でいた", "ていました", "でいました", "ていたという", "でいたという")) {
            if (end - w.length() >= sentence.start() && new String(c, end - w.length(), w.length()).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date ending at {@code end} starts a period since (10日以降, 2月24日に侵攻を始めて以降、):
     * 以降 or 以来 right after it, or closing its clause before the next comma.
     */
    static boolean startsAPeriodSince(char[] c, int end, int sentenceEnd) {
        if (SINCE.at(c, end) != null) {
            return true;
        }
        for (int k = end; k < sentenceEnd; k++) {
            if (c[k] == '、' || c[k] == '。' || c[k] == '「') {
                return k >= 2 && SINCE.at(c, k - 2) != null;
            }
        }
        return false;
    }
}
