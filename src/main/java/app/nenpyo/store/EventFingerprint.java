package app.nenpyo.store;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import java.util.HexFormat;

/**
 * A digest of everything stored for one event (its row, its actor links and its sources), so a
 * rebuild can tell an unchanged event from a changed one without reading it back. Actors' own
 * details are compared apart ({@code EventTables}). The same event gives the same fingerprint in
 * every run: only strings, numbers and enum names go in, each field ended by a separator.
 */
final class EventFingerprint {

    private EventFingerprint() {
    }

    static String of(Event e) {
        Hash h = new Hash();
        h.field(e.id());
        TimeValue t = e.time();
        h.number(t.start().toEpochDay()).number(t.end().toEpochDay()).field(t.granularity().name())
                .number(t.startTime() == null ? -1 : t.startTime().toSecondOfDay())
                .number(t.endTime() == null ? -1 : t.endTime().toSecondOfDay()).field(t.openness().name());
        h.field(e.label()).field(e.place()).field(e.category().name()).number(e.background() ? 1 : 0);
        e.mergeReasons().forEach(h::field);
        h.number(-2);
        for (Actor a : e.actors()) {
            h.field(a.key());
        }
        h.number(-3);
        for (EventSource s : e.sources()) {
            h.field(s.documentKey()).field(s.sourceId()).number(s.paragraph());
            for (TextSpan span : new TextSpan[] {s.sentence(), s.clause(), s.expression()}) {
                h.number(span.start()).number(span.end());
            }
            h.field(s.expressionText()).field(s.background());
        }
        return h.hex();
    }

    /**
     * Two independent 64-bit hashes fed field by field, each field ended by a separator: change
     * detection, not security (a SHA-256 of every event's text cost a second per hundred thousand
     * events), and no string is built.
     */
    private static final class Hash {
        private long fnv = 0xcbf29ce484222325L;
        private long poly;

        Hash field(String value) {
            for (int i = 0; i < value.length(); i++) {
                add(value.charAt(i));
            }
            add(0);
            return this;
        }

        Hash number(long value) {
            add((int) (value >>> 32));
            add((int) value);
            add(1);
            return this;
        }

        private void add(int c) {
            fnv = (fnv ^ c) * 0x100000001b3L;
            poly = poly * 0x9E3779B97F4A7C15L + c + 1;
        }

        String hex() {
            return HexFormat.of().toHexDigits(fnv) + HexFormat.of().toHexDigits(poly ^ (poly >>> 29));
        }
    }
}
