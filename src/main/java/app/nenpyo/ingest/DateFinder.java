package app.nenpyo.ingest;

import app.nenpyo.domain.DateSource;
import app.nenpyo.domain.DocumentDate;
import app.nenpyo.temporal.NewspaperPages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date in the evidence a file carries, and says where it came from. Every
 * date is validated (no 2022-02-30) and kept to years 1868–2100; there is never a fallback to today.
 *
 * <pre>
 * header line  "2012-02-06T11:53:00+0900", "公開日：２０２２年１月１１日　10:30", "2022年1月11日(火)",
 *              "2022/01/11", "2022.1.11 更新"                         → TEXT_HEADER
 *              "協議は2022年1月10日に始まった。"                            → nothing (a sentence)
 * file name    "kazakhstan-ukraine-2022-01-11.txt", "20220111.txt", "news_2022_01_11.html" → FILE_NAME
 * URL          "https://d1021.hatenadiary.jp/entry/2022/01/11/103000", ".../entry/20220111/..." → URL
 * </pre>
 * A clipping's dateline may say the era (令和6年2月29日), 付, the edition and page (2019年5月1日 夕刊 1面,
 * 地方版, 朝刊 社会面) or the weekday in words (2020年7月6日 月曜日). Known weaknesses: English month names are not
 * read; an era year is not checked against the era's first and last days (平成31年5月1日 is read).
 */
public final class DateFinder {

    /** Only the top of a text is a header: this many non-blank lines within this many characters. */
    static final int HEADER_LINES = 5;
    static final int HEADER_CHARS = 500;
    /** The longest a date line is: 公開日時：2022年1月11日（火）10時30分 配信 and an edition and page fit well within it. */
    private static final int DATE_LINE_LENGTH = 60;

    private static final String LABEL =
            "(?:(?:公開日時?|更新日時?|投稿日時?|配信日時?|掲載日|作成日|日付|日時|公開|更新|投稿|配信|掲載"
                    + "|date|published|posted|updated)\\s*[:：]?\\s*)?";
    private static final String WEEKDAY = "(?:\\s*[(（]\\s*[月火水木金土日](?:曜日?)?\\s*[)）])?";
    private static final String TIME = "(?:\\s*(?:[T ]|\\s)?\\s*\\d{1,2}(?::\\d{2}|時\\d{1,2}分?|時)(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|JST|\\(JST\\)))?)?";
    private static final String SUFFIX = "(?:\\s*(?:公開|更新|配信|掲載|投稿))?";
    /** What a clipping writes after its date: 付, the edition and page (夕刊 1面, 地方版), the weekday in words. */
    private static final String EDITION = "(?:\\s*(?:付け?|" + NewspaperPages.EDITION + "|[^\\s\\d]{1,4}版|第?\\d{1,2}面|" + NewspaperPages.PAGE + "|[月火水木金土日]曜日?))*";
    private static final Pattern HEADER_DATE = Pattern.compile("(?i)" + LABEL
            + "(?:(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
            + "|(令和|平成|昭和)\\s*(元|\\d{1,2})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日)"
            + WEEKDAY + TIME + WEEKDAY + SUFFIX + EDITION);
    /** The first year of each era: 令和元年 is 2019. */
    private static final Map<String, Integer> ERA_START = Map.of("令和", 2019, "平成", 1989, "昭和", 1926);
    private static final Pattern NAME_SEPARATED = Pattern.compile("(?<!\\d)(\\d{4})[-_.](\\d{1,2})[-_.](\\d{1,2})(?!\\d)");
    private static final Pattern NAME_COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s\"'<>]+");
    private static final Pattern URL_DATE = Pattern.compile(
            "/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.?#-]|$)|/(\\d{4})(\\d{2})(\\d{2})(?=[/_.?#-]|$)");

    private DateFinder() {
    }

    /** A date line near the top: the line must be essentially just the date. */
    public static Optional<DocumentDate> inHeader(String text) {
        int lines = 0;
        int lineStart = 0;
        while (lineStart < Math.min(text.length(), HEADER_CHARS) && lines < HEADER_LINES) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (!line.isEmpty()) {
                lines++;
                Matcher m = HEADER_DATE.matcher(toHalfWidth(line));
                if (m.matches()) {
                    Optional<LocalDate> date = headerDate(m);
                    if (date.isPresent()) {
                        return Optional.of(new DocumentDate(date.get(), DateSource.TEXT_HEADER, line));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> headerDate(Matcher m) {
        if (m.group(1) != null) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if (m.group(4) != null) {
            return date(m.group(4), m.group(5), m.group(6));
        }
        int year = ERA_START.get(m.group(7)) - 1 + (m.group(8).equals("元") ? 1 : Integer.parseInt(m.group(8)));
        return date(String.valueOf(year), m.group(9), m.group(10));
    }

    /** True when the line is essentially just a date, as a header date line is. */
    static boolean isDateLine(String line) {
        return HEADER_DATE.matcher(toHalfWidth(line.strip())).matches();
    }

    /**
     * {@link #isDateLine} for {@code [start, end)} of a text: a longer span (a paragraph of prose,
     * nearly every line read) is answered without copying or matching it.
     */
    static boolean isDateLine(String text, int start, int end) {
        return end - start <= DATE_LINE_LENGTH && isDateLine(text.substring(start, end));
    }

    /** A date in the file name (the folders above it are not looked at). */
    public static Optional<DocumentDate> inFileName(String fileName) {
        for (Pattern p : new Pattern[] {NAME_SEPARATED, NAME_COMPACT}) {
            Matcher m = p.matcher(fileName);
            while (m.find()) {
                Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return Optional.of(new DocumentDate(date.get(), DateSource.FILE_NAME, fileName));
                }
            }
        }
        return Optional.empty();
    }

    /** The first URL in the text whose path holds a date. */
    public static Optional<DocumentDate> inUrls(String text) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            Optional<DocumentDate> found = inUrl(url.group());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<DocumentDate> inUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<LocalDate> date = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(4), m.group(5), m.group(6));
            if (date.isPresent()) {
                return Optional.of(new DocumentDate(date.get(), DateSource.URL, url));
            }
        }
        return Optional.empty();
    }

    /**
     * The calendar date of an ISO timestamp from page metadata ({@code 2022-01-11},
     * {@code 2022-01-11T10:30:00+09:00}). A timestamp in UTC is moved to Japan time, the
     * publishers' own zone; a timestamp with another offset keeps its own calendar date.
     */
    static Optional<LocalDate> isoTimestamp(String value) {
        String v = toHalfWidth(value.strip());
        try {
            OffsetDateTime t = OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
            if (t.getOffset().equals(ZoneOffset.UTC)) {
                t = t.withOffsetSameInstant(ZoneOffset.ofHours(9));
            }
            return inRange(t.toLocalDate());
        } catch (DateTimeParseException e) {
            Matcher m = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})").matcher(v);
            return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
        }
    }

    static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return inRange(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> inRange(LocalDate date) {
        return date.getYear() >= 1868 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    }

    /** Full-width digits and the punctuation around dates, as ASCII, so one pattern reads both. */
    static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '：') {
                b.append(':');
            } else if (c == '／') {
                b.append('/');
            } else if (c == '－' || c == '‐') {
                b.append('-');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
