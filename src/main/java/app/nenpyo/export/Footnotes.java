package app.nenpyo.export;

import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.StoredDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source line of a numbered event: each document it was reported in, with the document's
 * date the Japanese way and the paragraph numbers, then the event's date and label. Sources come
 * first so that an elided line still says where the event came from; at most
 * {@value #DOCUMENTS_LISTED} documents are listed, then how many more (an event reported twenty
 * times would otherwise lose its date and label off the end of the line; the CSV and JSON exports
 * list every source).
 *
 * <pre>{@code
 * Footnotes.line(event, catalog, ReportLanguage.JA);
 * // 『カザフスタン情勢と米ロ協議』2022年1月11日(火) ¶11・¶22 — 2022年1月10日(月) 王毅国務委員兼外相が協力強化に意欲を示す
 * // an event the analyst dated: … — 2022年1月28日(金)（分析者の日付） 政府が新たな対策を発表
 * }</pre>
 */
public final class Footnotes {
    private Footnotes() {
    }

    /** Titles of blog posts are often a whole first sentence: long enough to find it, short enough to read. */
    static final int TITLE_CODE_POINTS = 28;

    /** Documents a line names before it says how many more there are. */
    static final int DOCUMENTS_LISTED = 3;

    static String shortTitle(String title) {
        int length = title.codePointCount(0, title.length());
        return length <= TITLE_CODE_POINTS ? title : title.substring(0, title.offsetByCodePoints(0, TITLE_CODE_POINTS - 1)) + "…";
    }

    public static String line(Event event, EventCatalog catalog, ReportLanguage language) {
        Map<String, List<Integer>> paragraphsByDocument = new LinkedHashMap<>();
        Map<String, EventSource> firstSource = new LinkedHashMap<>();
        for (EventSource s : event.sources()) {
            paragraphsByDocument.computeIfAbsent(s.documentKey(), k -> new ArrayList<>());
            List<Integer> paragraphs = paragraphsByDocument.get(s.documentKey());
            if (!paragraphs.contains(s.paragraph())) {
                paragraphs.add(s.paragraph());
            }
            firstSource.putIfAbsent(s.documentKey(), s);
        }
        List<String> documents = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : paragraphsByDocument.entrySet()) {
            if (documents.size() == DOCUMENTS_LISTED) {
                break;
            }
            EventSource source = firstSource.get(e.getKey());
            String date = catalog.document(source).map(StoredDocument::date).filter(DocumentDate::isDated)
                    .map(d -> JapaneseDates.day(d.date())).orElse(language.text("footnote.undated"));
            StringBuilder paragraphs = new StringBuilder();
            for (Integer p : e.getValue()) {
                paragraphs.append(paragraphs.length() == 0 ? "" : "・").append('¶').append(p);
            }
            documents.add("『" + shortTitle(PlainText.line(catalog.documentTitle(source))) + "』" + date + " " + paragraphs);
        }
        int more = paragraphsByDocument.size() - documents.size();
        return String.join("／", documents) + (more > 0 ? language.format("footnote.more", more) : "") + " — " + JapaneseDates.range(event.time().start(), event.time().end())
                + (catalog.datedByAnalyst().test(event) ? language.text("footnote.analystDate") : "") + " "
                + PlainText.line(event.label());
    }
}
