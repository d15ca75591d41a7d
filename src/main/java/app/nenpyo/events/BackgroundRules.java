package app.nenpyo.events;

import app.nenpyo.domain.AnalyzedDocument;
import app.nenpyo.domain.Paragraph;
import app.nenpyo.domain.ParagraphKind;
import app.nenpyo.domain.TextSpan;
import java.util.regex.Pattern;

/**
 * Decides whether a dated clause is background: a date that belongs to the document's
 * surroundings or to a cited source rather than to a happening the article reports. Background
 * reports still become events (kept, searchable, shown on request) but are flagged so the
 * timeline can leave them out; see docs/decisions/0005-events-background-and-merging.md.
 *
 * <ul>
 *   <li>a header or footer paragraph (the blog's address lines, hashtags);</li>
 *   <li>a related-articles list: the paragraph, or the paragraph before it, starts with
 *       関連記事 / 関連ニュース / あわせて読みたい, or the sentence follows such a line in its paragraph,
 *       or the list goes on in paragraphs of their own: a short line with no 。, each after the
 *       heading or another such line (関連記事 / 2021年12月5日 燃料価格が上昇 / 2021年12月20日 上限を撤廃);</li>
 *   <li>a cited survey: the clause says 調査 and によると/によれば/では after the date
 *       (…が今月8日から行った世論調査によると…: the survey's date, not a happening);</li>
 *   <li>the period of figures beside the date of their release (総務省は20日、12月の消費者物価指数を
 *       発表した: December is what the figures measure, the 20th is the news); the period alone
 *       (12月の消費者物価指数は4%上昇した) is reported;</li>
 *   <li>a dateline or list line: a sentence of under 40 characters with no verb and no
 *       sentence-ending punctuation that ends with the date, a clock time or a weekday
 *       (「米露協議 2022年1月10日」, 「2022年1月10日 23時15分」); a headline
 *       with the date inside (トルコ大地震 6日に発生、死者5000人超) is a report.</li>
 * </ul>
 *
 * <p>Known weakness: a survey that is itself the news (…が10日、世論調査の結果を発表) is still
 * background if によると follows in the clause.
 */
final class BackgroundRules {

    private static final Pattern SURVEY = Pattern.compile("調査.{0,20}(によると|によれば|によりますと|では)");

    private BackgroundRules() {
    }

    /**
     * Why the clause is background, or "" when it reports a happening.
     *
     * @param lists where the document's related-articles lists are ({@link RelatedLists#of}, once per document)
     */
    static String reason(AnalyzedDocument doc, RelatedLists lists, Paragraph paragraph, TextSpan sentence, TextSpan clause,
                         TextSpan expression, boolean sentenceHasVerb, boolean figuresBesideAHappening) {
        if (paragraph.kind() != ParagraphKind.BODY) {
            return paragraph.kind() == ParagraphKind.HEADER ? "header paragraph" : "footer paragraph";
        }
        String text = doc.text();
        if (lists.holds(paragraph, sentence)) {
            return "related-articles list";
        }
        String afterDate = text.substring(expression.end(), clause.end());
        if (SURVEY.matcher(afterDate).find()) {
            return "date of a cited survey";
        }
        if (figuresBesideAHappening) {
            return "period of the figures reported";
        }
        if (sentenceHasVerb) {
            return "";
        }
        String sentenceText = sentence.of(text).strip();
        if (sentenceText.length() < 40 && !sentenceText.endsWith("。")
                && DATELINE_TAIL.matcher(text).region(expression.end(), sentence.end()).matches()) {
            return "dateline or list line without a verb";
        }
        return "";
    }

    /** What may follow the date on a dateline: nothing but these characters. */
    private static final Pattern DATELINE_TAIL = Pattern.compile("[\\s）)】\\]」（(0-9０-９:：時分秒午前後月火水木金土日曜更新配信]*");
}
