package app.nenpyo.timeline;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Axis label texts. Minor labels name one interval of the chosen unit (10日(月), 15時, 1月, 2022年);
 * major labels give the context a minor label lacks (2022年1月 over a row of days).
 */
final class TickLabels {

    private static final String[] JA_WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};

    private TickLabels() {
    }

    static String minor(TickUnit unit, ZonedDateTime t, LabelLanguage lang) {
        boolean ja = lang == LabelLanguage.JAPANESE;
        switch (unit.kind()) {
            case HOUR:
                return ja ? t.getHour() + "時" : String.format(Locale.ROOT, "%d:00", t.getHour());
            case DAY:
                return ja ? t.getDayOfMonth() + "日(" + weekdayJa(t) + ")" : weekdayEn(t) + " " + t.getDayOfMonth();
            case WEEK:
                return ja ? t.getDayOfMonth() + "日" : Integer.toString(t.getDayOfMonth());
            case MONTH:
                return ja ? t.getMonthValue() + "月" : monthEn(t);
            default:
                return ja ? t.getYear() + "年" : Integer.toString(t.getYear());
        }
    }

    /**
     * The label of a major tick of {@code parent}; empty where a label would say nothing new. Day
     * labels come with the year when {@code withYear} (the pinned first label), without it otherwise
     * (2022年1月10日(月) would not fit a day at the zooms that show hours).
     */
    static String major(TickUnit parent, ZonedDateTime t, LabelLanguage lang, boolean withYear) {
        boolean ja = lang == LabelLanguage.JAPANESE;
        switch (parent.kind()) {
            case DAY: {
                String day = ja ? t.getMonthValue() + "月" + t.getDayOfMonth() + "日(" + weekdayJa(t) + ")"
                        : weekdayEn(t) + " " + t.getDayOfMonth() + " " + monthEn(t);
                if (!withYear) {
                    return day;
                }
                return ja ? t.getYear() + "年" + day : day + " " + t.getYear();
            }
            case MONTH:
                return ja ? t.getYear() + "年" + t.getMonthValue() + "月" : monthEn(t) + " " + t.getYear();
            case YEAR:
                if (parent.step() == 1) {
                    return ja ? t.getYear() + "年" : Integer.toString(t.getYear());
                }
                if (parent.step() == 10) {
                    return ja ? t.getYear() + "年代" : t.getYear() + "s";
                }
                return "";
            default:
                return "";
        }
    }

    /** Labels as wide as any label of the unit can be, for choosing a unit independently of the view. */
    static String[] widest(TickUnit unit, LabelLanguage lang, ZoneId zone) {
        ZonedDateTime base = ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, zone);
        switch (unit.kind()) {
            case HOUR:
                return new String[] {minor(unit, base.withHour(20), lang), minor(unit, base.withHour(23), lang)};
            case DAY:
            case WEEK: {
                String[] all = new String[14];
                for (int i = 0; i < 14; i++) {
                    all[i] = minor(unit, base.withDayOfMonth(18 + i), lang);
                }
                return all;
            }
            case MONTH: {
                String[] all = new String[12];
                for (int i = 0; i < 12; i++) {
                    all[i] = minor(unit, base.withMonth(i + 1), lang);
                }
                return all;
            }
            default:
                return new String[] {minor(unit, base.withYear(2088), lang)};
        }
    }

    private static String weekdayJa(ZonedDateTime t) {
        return JA_WEEKDAYS[t.getDayOfWeek().getValue() - 1];
    }

    private static String weekdayEn(ZonedDateTime t) {
        return t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String monthEn(ZonedDateTime t) {
        return t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
