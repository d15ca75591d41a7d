package app.nenpyo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nenpyo.domain.DateMention;
import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.domain.SourceFormat;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages japanese = Messages.of(Language.JAPANESE);
    private final Messages english = Messages.of(Language.ENGLISH);

    @Test
    void writesADateTheJapaneseWayWithTheDayOfTheWeek() {
        assertEquals("2022年1月11日(火)", japanese.date(LocalDate.of(2022, 1, 11)));
        assertEquals("2021年12月5日(日)", japanese.date(LocalDate.of(2021, 12, 5)));
    }

    @Test
    void writesDatesTheJapaneseWayInEnglishToo() {
        assertEquals("2022年1月11日(火)", english.date(LocalDate.of(2022, 1, 11)), "the Japanese way in both languages");
    }

    @Test
    void writesADayOrAPeriodWithoutItsYearForAListOfOneYear() {
        assertEquals("1月11日(火)", english.dayOfYear(LocalDate.of(2022, 1, 11)));
        assertEquals("12月5日(日)", japanese.dayOfYear(LocalDate.of(2021, 12, 5)));
        assertEquals("1月3日(月)〜1月9日(日)", japanese.timeValueWithoutYear(TimeValue.parse("2022-01-03/2022-01-09")));
        assertEquals("1月10日(月)", english.timeValueWithoutYear(TimeValue.parse("2022-01-10")));
        assertEquals("2022年1月3日(月)〜2022年1月9日(日)", japanese.timeValue(TimeValue.parse("2022-01-03/2022-01-09")), "the full form unchanged");
    }

    @Test
    void namesAnUndatedDocument() {
        assertEquals("日付なし", japanese.date(DocumentDate.undated()));
        assertEquals("undated", english.date(DocumentDate.undated()));
    }

    @Test
    void countsSourcesAndDocumentsInProperEnglish() {
        assertEquals("1 source", english.format("timeline.sources", 1));
        assertEquals("3 sources", english.format("timeline.sources", 3));
        assertEquals("(1 source)", english.format("join.sources", 1));
        assertEquals("(2 sources)", english.format("join.sources", 2));
        assertTrue(english.format("status.eventsUnread", 1, "a.txt", "why").startsWith("The events of 1 document could"));
        assertTrue(english.format("status.eventsUnread", 2, "a.txt", "why").startsWith("The events of 2 documents could"));
        assertEquals("出典 1 件", japanese.format("timeline.sources", 1));
    }

    /** The analyst read "user · UTF-8 · 1 paragraphs" under a note of one line, and "1 events" over a timeline filtered to one. */
    @Test
    void countsParagraphsEventsAndDuplicatesInProperEnglish() {
        assertEquals("No date · UTF-8 · 1 paragraph", english.format("reader.subtitleUndated", "No date", "UTF-8", 1));
        assertEquals("2022年1月11日(火) · user · UTF-8 · 1,024 paragraphs",
                english.format("reader.subtitle", "2022年1月11日(火)", "user", "UTF-8", 1024));
        assertEquals("1 event", english.format("timeline.count", 1));
        assertEquals("34,541 events", english.format("timeline.count", 34541));
        assertEquals("2 imported, 1 duplicate, 0 failed", english.format("report.header", 2, 1, 0));
        assertEquals("Cancelled. 0 imported, 3 duplicates, 1 failed", english.format("report.headerCancelled", 0, 3, 1));
    }

    @Test
    void readsTheJapaneseBundleAsUtf8() {
        // a bundle read as ISO-8859-1 would give mojibake here
        assertEquals("ファイル名", japanese.dateSource(DateSource.FILE_NAME));
        assertEquals("本文の日付行", japanese.dateSource(DateSource.TEXT_HEADER));
        assertEquals("分析者", japanese.dateSource(DateSource.USER));
    }

    @Test
    void everyDateSourceAndFormatHasAName() {
        for (Messages messages : new Messages[] {japanese, english}) {
            for (DateSource source : DateSource.values()) {
                assertTrue(!messages.dateSource(source).isBlank());
            }
            for (SourceFormat format : SourceFormat.values()) {
                assertTrue(!messages.formatName(format).isBlank());
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> ja = new TreeSet<>(japanese.bundle().keySet());
        Set<String> en = new TreeSet<>(english.bundle().keySet());
        assertEquals(ja, en);
    }

    /**
     * Typographic quotes are drawn full-width by the shipped Japanese font, so English says ' and ";
     * in a pattern with arguments an apostrophe is doubled, or MessageFormat takes it for a quote.
     */
    @Test
    void englishUsesPlainQuotesAndDoublesThemInPatterns() {
        for (String key : english.bundle().keySet()) {
            String text = english.get(key);
            assertTrue(text.chars().noneMatch(c -> c == '’' || c == '‘' || c == '“' || c == '”'), key + ": " + text);
            if (text.contains("{")) {
                assertFalse(text.replace("''", "").contains("'"), key + ": a single ' in a pattern: " + text);
            }
        }
    }

    @Test
    void staysEnglishOnAJapaneseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("Title", Messages.of(Language.ENGLISH).get("column.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void dropsMnemonicsForAccessibleNames() {
        assertEquals("文書の日付を設定…", japanese.withoutMnemonic("menu.document.setDate"));
        assertEquals("Set document date…", english.withoutMnemonic("menu.document.setDate"));
    }

    @Test
    void formatsCountsWithDigitGrouping() {
        assertEquals("1,200 件", japanese.format("search.count", 1200));
        assertEquals("1,200 hits", english.format("search.count", 1200));
        assertEquals("1 hit", english.format("search.count", 1));
        assertEquals("p.nenpyo · 1 document", english.format("status.project", "p.nenpyo", 1));
        assertEquals("p.nenpyo · 2 documents", english.format("status.project", "p.nenpyo", 2));
    }

    @Test
    void writesResolvedValuesAsDaysOrPeriods() {
        assertEquals("2022年1月10日(月)", japanese.timeValue(TimeValue.parse("2022-01-10")));
        assertEquals("2022年1月10日(月) 10:00", japanese.timeValue(TimeValue.parse("2022-01-10T10:00")));
        assertEquals("2022年1月3日(月)〜2022年1月9日(日)", japanese.timeValue(TimeValue.parse("2022-W01")));
        assertEquals("2022年1月1日(土)〜2022年1月31日(月)", japanese.timeValue(TimeValue.parse("2022-01")));
        assertEquals("2022年1月10日(月)〜", japanese.timeValue(TimeValue.parse("2022-01-10").withOpenness(TimeValue.Openness.OPEN_END)));
    }

    @Test
    void aDateNoteSaysWhatItWasReadAsAgainstWhatAndHowSure() {
        DateMention mention = new DateMention("10日", new TextSpan(5, 8), DateMention.Kind.DATE,
                Optional.of(TimeValue.parse("2022-01-10")), Optional.of(LocalDate.of(2022, 1, 11)),
                DateMention.AnchorKind.DOCUMENT, DateMention.Confidence.INFERRED, "", Set.of());
        assertEquals("「10日」→ 2022年1月10日(月)\n文書の日付 2022年1月11日(火) を基準に解決\n確からしさ: 推定（年・月を補った）",
                japanese.dateNote(mention));
        DateMention broken = new DateMention("2月30日", new TextSpan(0, 5), DateMention.Kind.DATE, Optional.empty(),
                Optional.empty(), DateMention.AnchorKind.NONE, DateMention.Confidence.UNRESOLVED, "February has 28 days", Set.of());
        assertTrue(english.dateNote(broken).startsWith("\"2月30日\" → cannot be resolved (February has 28 days)"), english.dateNote(broken));
    }
}
