package app.nenpyo.ingest;

import app.nenpyo.domain.TextSpan;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Movable Type / Hatena Blog export: entries separated by a {@code --------} line, each a
 * header of {@code KEY: value} lines (AUTHOR, TITLE, BASENAME, STATUS, DATE, CATEGORY…), then
 * sections ({@code BODY:}, {@code EXTENDED BODY:}, {@code EXCERPT:}, {@code COMMENT:}…) each closed
 * by a {@code -----} line.
 * <pre>
 * TITLE: 米露協議
 * DATE: 01/11/2022 10:30:00          (also "01/11/2022 10:30:00 AM")
 * CATEGORY: 国際
 * CATEGORY: ロシア
 * -----
 * BODY:
 * &lt;p&gt;協議は10日に始まった。&lt;/p&gt;
 * -----
 * --------
 * </pre>
 * An entry with an invalid DATE, an unreadable header line or no BODY is broken: it is reported
 * on its own and the other entries are still read.
 */
final class MovableTypeExport {

    /** Asked of every file read, so compiled once. */
    private static final Pattern EXPORT_START = Pattern.compile("^(AUTHOR|TITLE|BASENAME|STATUS|DATE|CONVERT BREAKS|ALLOW COMMENTS):");
    private static final Pattern BODY_LINE = Pattern.compile("(?m)^BODY:\\s*$");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Z][A-Z ]*[A-Z]):\\s?(.*)$");
    private static final Pattern SECTION_START = Pattern.compile("^([A-Z][A-Z ]*[A-Z]):\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp][Mm]))?$");
    private static final String ENTRY_END = "--------";
    private static final String SECTION_END = "-----";

    /** One entry: either read, or broken with a reason. */
    record Entry(int number, String title, Optional<LocalDateTime> date, String dateLine,
                 List<String> categories, String bodyHtml, boolean convertBreaks, String problem) {
        boolean broken() {
            return problem != null;
        }
    }

    private MovableTypeExport() {
    }

    /** Whether a text looks like an export: it starts with header lines and has a BODY section. */
    static boolean looksLikeExport(String text) {
        String start = text.stripLeading();
        return EXPORT_START.matcher(start).find() && BODY_LINE.matcher(text).find();
    }

    /**
     * Where each entry's lines are, in order, without the {@code --------} lines between them and
     * without entries of blank lines only: entry N (from 1) is the N-th range. Found by scanning
     * for line ends, so a large export is not split into a string per line to find its entries.
     */
    static List<TextSpan> entryRanges(String text) {
        List<TextSpan> ranges = new ArrayList<>();
        int chunkStart = 0;
        int chunkEnd = 0;
        boolean blank = true;
        int lineStart = 0;
        while (true) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            boolean last = lineEnd == text.length();
            int next = last ? lineEnd : lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
            int contentStart = lineStart;
            int contentEnd = lineEnd;
            while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
                contentStart++;
            }
            while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd - contentStart == ENTRY_END.length() && text.startsWith(ENTRY_END, contentStart)) {
                if (!blank) {
                    ranges.add(new TextSpan(chunkStart, chunkEnd));
                }
                chunkStart = next;
                chunkEnd = next;
                blank = true;
            } else {
                chunkEnd = lineEnd;
                blank &= contentStart == contentEnd;
            }
            if (last) {
                break;
            }
            lineStart = next;
        }
        if (!blank) {
            ranges.add(new TextSpan(chunkStart, chunkEnd));
        }
        return ranges;
    }

    /** One entry from its lines (a range of {@link #entryRanges}). */
    static Entry entry(int number, String chunk) {
        return entry(number, List.of(chunk.split("\\r\\n|\\r|\\n", -1)));
    }

    private static Entry entry(int number, List<String> lines) {
        String title = "";
        String dateLine = "";
        Optional<LocalDateTime> date = Optional.empty();
        List<String> categories = new ArrayList<>();
        boolean convertBreaks = false;
        int i = 0;
        while (i < lines.size() && !lines.get(i).strip().equals(SECTION_END)) {
            String line = lines.get(i++);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = HEADER_LINE.matcher(line.strip());
            if (!m.matches()) {
                return broken(number, title, "unreadable header line: " + shortened(line));
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "TITLE" -> title = value;
                case "CATEGORY", "PRIMARY CATEGORY" -> {
                    if (!value.isEmpty() && !categories.contains(value)) {
                        categories.add(value);
                    }
                }
                case "CONVERT BREAKS" -> convertBreaks = value.equals("1") || value.equals("__default__")
                        || value.equalsIgnoreCase("convert_breaks");
                case "DATE" -> {
                    dateLine = line.strip();
                    date = parseDate(value);
                    if (date.isEmpty()) {
                        return broken(number, title, "invalid DATE: " + shortened(value));
                    }
                }
                default -> {
                    // AUTHOR, BASENAME, STATUS and the like say nothing the analyst needs
                }
            }
        }
        StringBuilder body = new StringBuilder();
        boolean hasBody = false;
        i++;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SECTION_START.matcher(line.strip());
            if (!m.matches()) {
                return broken(number, title, "unexpected line between sections: " + shortened(line));
            }
            String section = m.group(1);
            StringBuilder content = new StringBuilder();
            while (i < lines.size() && !lines.get(i).strip().equals(SECTION_END)) {
                content.append(lines.get(i++)).append('\n');
            }
            if (i >= lines.size()) {
                return broken(number, title, section + " section is not closed by " + SECTION_END);
            }
            i++;
            if (section.equals("BODY") || section.equals("EXTENDED BODY")) {
                hasBody |= section.equals("BODY");
                body.append(content);
            }
        }
        if (!hasBody) {
            return broken(number, title, "no BODY section");
        }
        return new Entry(number, title, date, dateLine, List.copyOf(categories), body.toString(), convertBreaks, null);
    }

    private static Entry broken(int number, String title, String problem) {
        return new Entry(number, title, Optional.empty(), "", List.of(), "", false,
                title.isEmpty() ? problem : problem + " (entry \"" + shortened(title) + "\")");
    }

    /** {@code MM/DD/YYYY HH:MM:SS}, optionally with AM/PM; invalid calendar dates are refused. */
    static Optional<LocalDateTime> parseDate(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(4));
        if (m.group(7) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = m.group(7).toUpperCase(Locale.ROOT).equals("PM");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        try {
            return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), hour, Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String shortened(String s) {
        String one = s.strip();
        return one.length() <= 60 ? one : one.substring(0, 60) + "…";
    }
}
