package app.nenpyo.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The axis for one scale: the tick unit chosen for the zoom, minor ticks with short labels, major
 * ticks with context labels, an optional Japanese era row, shading bands and today's position.
 *
 * <pre>{@code
 * TickPlan p = TickPlan.plan(TimeScale.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1), 1240),
 *         AxisOptions.defaults(), new MonospaceTextMeasure(7));
 * p.unit();                 // WEEK: a day (40 px) is too narrow for "28日(金)" (56 px) plus the gap
 * p.minor().get(0).label(); // "": Monday 2021-12-27 is left of the view, and a cut 27日 would say nothing
 * p.minor().get(1).label(); // "3日"
 * p.major().get(0).label(); // "2022年1月" at x = 0; a major label that starts left of the view is pinned to x = 0
 * }</pre>
 *
 * <p>The unit is the finest one whose widest possible label (for every possible interval of it,
 * not only the visible ones) fits its shortest interval with {@code labelGap} to spare, so the unit
 * depends only on the zoom and does not flicker while panning. Minor labels therefore never
 * overlap. Major and era labels are elided to the room before the next tick or the right edge; the
 * first is pinned to the left edge so the context is always readable. A minor label shows whole or
 * not at all: one whose tick lies left of the view, or that would run past the right edge, is left
 * out, so an exported picture never shows a cut one.
 *
 * <p>Known weaknesses: labels are left-aligned after their tick rather than centred in their
 * interval; the coarsest units (a century or more) have no major labels; the era row switches from
 * era years to era names at once when years get too narrow.
 */
public record TickPlan(TickUnit unit, List<Tick> minor, List<Tick> major, List<Tick> era, List<Band> bands,
                       OptionalDouble todayX) {

    /**
     * A tick at {@code x} for the boundary {@code time}; its label starts at {@code labelX} and must
     * stay within {@code labelClip} pixels (already elided to fit; may be empty).
     */
    public record Tick(long time, double x, String label, double labelX, double labelClip) {
    }

    /** A shaded span of the axis and the lanes below it. */
    public record Band(double x0, double x1, BandKind kind) {
    }

    /** Why a band is shaded: a weekend, or every other week/month/year for reading across. */
    public enum BandKind { WEEKEND, ALTERNATE }

    public TickPlan {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
        era = List.copyOf(era);
        bands = List.copyOf(bands);
    }

    public static TickPlan plan(TimeScale scale, AxisOptions options, TextMeasure measure) {
        TickUnit unit = chooseUnit(scale, options, measure);
        List<Tick> minor = ticks(scale, unit, options, measure, false);
        TickUnit parent = unit.parent();
        List<Tick> major = parent == null ? List.of() : ticks(scale, parent, options, measure, true);
        List<Tick> era = options.eraRow() ? eraTicks(scale, options, measure) : List.of();
        return new TickPlan(unit, minor, major, era, bands(scale, unit), today(scale, options.today()));
    }

    /** The finest unit whose widest label fits its shortest interval at this zoom. */
    static TickUnit chooseUnit(TimeScale scale, AxisOptions options, TextMeasure measure) {
        double perPixel = scale.millisPerPixel();
        for (TickUnit unit : TickUnit.values()) {
            double room = unit.shortestMillis() / perPixel - options.labelInset() - options.labelGap();
            if (room <= 0) {
                continue;
            }
            double widest = 0;
            for (String label : TickLabels.widest(unit, options.language(), scale.zone())) {
                widest = Math.max(widest, measure.width(label, TextRole.TICK_MINOR));
            }
            if (widest <= room) {
                return unit;
            }
        }
        return TickUnit.YEARS_1000;
    }

    private static List<Tick> ticks(TimeScale scale, TickUnit unit, AxisOptions options, TextMeasure measure,
                                    boolean major) {
        List<Tick> out = new ArrayList<>();
        ZonedDateTime t = unit.floor(at(scale, scale.start()));
        TextRole role = major ? TextRole.TICK_MAJOR : TextRole.TICK_MINOR;
        while (millis(t) < scale.end()) {
            ZonedDateTime next = unit.next(t);
            double x = scale.x(millis(t));
            double nextX = scale.x(millis(next));
            // Major labels are pinned to the left edge so the context of what is visible stays readable.
            double labelX = (major ? Math.max(x, 0) : x) + options.labelInset();
            double clip = room(labelX, nextX, scale, options);
            String text;
            if (!major) {
                text = TickLabels.minor(unit, t, options.language());
            } else {
                text = TickLabels.major(unit, t, options.language(), out.isEmpty());
                if (out.isEmpty() && measure.width(text, role) > clip) {
                    text = TickLabels.major(unit, t, options.language(), false);
                }
            }
            // a minor label names its tick's interval and reads only whole (日 of 3日 says nothing), so
            // one that would start left of the picture or end past it is left out
            String shown = major ? elided(text, clip, role, measure)
                    : labelX >= 0 && measure.width(text, role) <= clip ? text : "";
            out.add(new Tick(millis(t), x, shown, labelX, clip));
            t = next;
        }
        return out;
    }

    private static List<Tick> eraTicks(TimeScale scale, AxisOptions options, TextMeasure measure) {
        LabelLanguage lang = options.language();
        double yearPx = 365 * TimeScale.DAY / scale.millisPerPixel();
        double widest = measure.width(lang == LabelLanguage.JAPANESE ? "平成31年" : "Heisei 31", TextRole.ERA);
        boolean byYear = yearPx >= widest + options.labelGap() + options.labelInset();
        List<LocalDate> bounds = new ArrayList<>();
        LocalDate first = at(scale, scale.start()).toLocalDate();
        LocalDate last = at(scale, scale.end()).toLocalDate();
        LocalDate from = JapaneseEra.of(first).map(JapaneseEra::firstDay).orElse(LocalDate.of(first.getYear(), 1, 1));
        if (byYear) {
            LocalDate y = LocalDate.of(first.getYear(), 1, 1);
            for (; !y.isAfter(last); y = y.plusYears(1)) {
                bounds.add(y);
            }
            bounds.add(y);
        }
        for (JapaneseEra e : JapaneseEra.ALL) {
            bounds.add(e.firstDay());
        }
        bounds.add(from);
        List<LocalDate> sorted = bounds.stream().distinct().sorted()
                .filter(d -> !d.isBefore(from) && !d.isAfter(last.plusYears(1))).toList();
        List<Tick> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate d = sorted.get(i);
            long t = d.atStartOfDay(scale.zone()).toInstant().toEpochMilli();
            if (t >= scale.end()) {
                break;
            }
            long nextT = i + 1 < sorted.size()
                    ? sorted.get(i + 1).atStartOfDay(scale.zone()).toInstant().toEpochMilli() : scale.end();
            if (nextT <= scale.start()) {
                continue;
            }
            double x = scale.x(t);
            double labelX = Math.max(x, 0) + options.labelInset();
            double clip = room(labelX, scale.x(nextT), scale, options);
            String text = byYear ? JapaneseEra.label(d, lang) : JapaneseEra.of(d).map(e -> e.name(lang)).orElse("");
            out.add(new Tick(t, x, elided(text, clip, TextRole.ERA, measure), labelX, clip));
        }
        return out;
    }

    /** The room of a label at {@code labelX}: up to the gap before the next tick, and never past the right edge. */
    private static double room(double labelX, double nextX, TimeScale scale, AxisOptions options) {
        return Math.max(0, Math.min(nextX - options.labelGap(), scale.width()) - labelX);
    }

    /**
     * A context label cut to its room, or nothing when what is left names no period: 2021年… and
     * Dec… still say which, 2… and De… (a month of a day or two at the picture's edge) do not.
     */
    private static String elided(String text, double room, TextRole role, TextMeasure measure) {
        String cut = measure.elide(text, room, role);
        if (cut.equals(text)) {
            return cut;
        }
        String kept = cut.endsWith(TextMeasure.ELLIPSIS) ? cut.substring(0, cut.length() - TextMeasure.ELLIPSIS.length()) : cut;
        return namesAPeriod(kept) ? cut : "";
    }

    /** At least three characters, not all digits: a year with its 年, a month's name. */
    static boolean namesAPeriod(String kept) {
        return kept.length() >= MIN_KEPT && !kept.chars().allMatch(Character::isDigit);
    }

    private static final int MIN_KEPT = 3;

    private static List<Band> bands(TimeScale scale, TickUnit unit) {
        List<Band> out = new ArrayList<>();
        boolean weekends = unit.kind() == TickUnit.Kind.HOUR || unit.kind() == TickUnit.Kind.DAY;
        TickUnit stepUnit = weekends ? TickUnit.DAY : unit;
        ZonedDateTime t = stepUnit.floor(at(scale, scale.start()));
        while (millis(t) < scale.end()) {
            ZonedDateTime next = stepUnit.next(t);
            boolean shaded = weekends
                    ? t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY
                    : Math.floorMod(unit.ordinal(t), 2) == 1;
            if (shaded) {
                double x0 = Math.max(0, scale.x(millis(t)));
                double x1 = Math.min(scale.width(), scale.x(millis(next)));
                Band last = out.isEmpty() ? null : out.get(out.size() - 1);
                // Saturday and Sunday make one band: fewer shapes and no seam between them.
                if (last != null && last.x1() == x0) {
                    out.set(out.size() - 1, new Band(last.x0(), x1, last.kind()));
                } else {
                    out.add(new Band(x0, x1, weekends ? BandKind.WEEKEND : BandKind.ALTERNATE));
                }
            }
            t = next;
        }
        return out;
    }

    /** The middle of {@code today}, when any of it is visible. */
    private static OptionalDouble today(TimeScale scale, LocalDate today) {
        if (today == null) {
            return OptionalDouble.empty();
        }
        long a = today.atStartOfDay(scale.zone()).toInstant().toEpochMilli();
        long b = today.plusDays(1).atStartOfDay(scale.zone()).toInstant().toEpochMilli();
        if (b <= scale.start() || a >= scale.end()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(scale.x(a + (b - a) / 2));
    }

    private static ZonedDateTime at(TimeScale scale, long millis) {
        return Instant.ofEpochMilli(millis).atZone(scale.zone());
    }

    private static long millis(ZonedDateTime t) {
        return t.toInstant().toEpochMilli();
    }
}
