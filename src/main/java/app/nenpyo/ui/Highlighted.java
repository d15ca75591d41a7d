package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A text cut into runs, ready to become styled Text nodes: each run is or is not part of a
 * search hit, and may be a date expression with a note saying how it was read. Spans may
 * overlap or run past the text (a stale index); they are merged and clipped.
 *
 * <p>{@code of("中国の王毅外相は10日", [3,5), [date 8,11 "2022年1月10日(月)"])} → 中国の / 王毅 (hit) /
 * 外相は / 10日 (date, with its note).
 */
public record Highlighted(List<Run> runs) {

    /** A date expression in the text and what the reader is told about it (value, anchor, confidence). */
    public record DateMark(TextSpan span, String note) {
    }

    /**
     * A stretch of text; {@code dateNote} is empty unless the run is (part of) a date expression;
     * {@code actor} is true when it names one of an event's actors.
     */
    public record Run(String text, boolean hit, String dateNote, boolean actor) {
        public Run(String text, boolean hit) {
            this(text, hit, "", false);
        }

        public Run(String text, boolean hit, String dateNote) {
            this(text, hit, dateNote, false);
        }

        public boolean isDate() {
            return !dateNote.isEmpty();
        }
    }

    public Highlighted {
        runs = List.copyOf(runs);
    }

    public static Highlighted of(String text, List<TextSpan> hits) {
        return of(text, hits, List.of());
    }

    public static Highlighted of(String text, List<TextSpan> hits, List<DateMark> dates) {
        return of(text, hits, dates, List.of());
    }

    /** As {@link #of(String, List, List)}, also marking {@code actors} (spans naming an event's actors). */
    public static Highlighted of(String text, List<TextSpan> hits, List<DateMark> dates, List<TextSpan> actors) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        hits.forEach(span -> addCuts(cuts, span, text.length()));
        dates.forEach(mark -> addCuts(cuts, mark.span(), text.length()));
        actors.forEach(span -> addCuts(cuts, span, text.length()));
        List<Run> runs = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            int from = start;
            int to = end;
            boolean hit = hits.stream().anyMatch(span -> span.start() <= from && to <= span.end());
            String note = dates.stream().filter(mark -> mark.span().start() <= from && to <= mark.span().end())
                    .map(DateMark::note).findFirst().orElse("");
            boolean actor = actors.stream().anyMatch(span -> span.start() <= from && to <= span.end());
            Run previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (previous != null && previous.hit() == hit && previous.dateNote().equals(note) && previous.actor() == actor) {
                runs.set(runs.size() - 1, new Run(previous.text() + text.substring(from, to), hit, note, actor));
            } else {
                runs.add(new Run(text.substring(from, to), hit, note, actor));
            }
        }
        return new Highlighted(runs);
    }

    private static void addCuts(TreeSet<Integer> cuts, TextSpan span, int length) {
        cuts.add(Math.min(span.start(), length));
        cuts.add(Math.min(span.end(), length));
    }

    public boolean hasHits() {
        return runs.stream().anyMatch(Run::hit);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
