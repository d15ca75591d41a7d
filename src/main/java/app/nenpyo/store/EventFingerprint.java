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
        StringBuilder b = new StringBuilder(512);
        field(b, e.id());
        TimeValue t = e.time();
        field(b, t.start() + "/" + t.end() + "/" + t.granularity().name() + "/" + t.startTime() + "/" + t.endTime() + "/"
                + t.openness().name());
        field(b, e.label());
        field(b, e.place());
        field(b, e.category().name());
        field(b, e.background() ? "1" : "0");
        e.mergeReasons().forEach(r -> field(b, r));
        b.append('\u0001');
        for (Actor a : e.actors()) {
            field(b, a.key());
        }
        b.append('\u0001');
        for (EventSource s : e.sources()) {
            field(b, s.documentKey());
            field(b, s.sourceId());
            b.append(s.paragraph()).append(':');
            span(b, s.sentence());
            span(b, s.clause());
            span(b, s.expression());
            field(b, s.expressionText());
            field(b, s.background());
        }
        // two independent 64-bit hashes of the chars: change detection, not security, and a
        // SHA-256 of every event's text cost a second per hundred thousand events
        long fnv = 0xcbf29ce484222325L;
        long poly = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            fnv = (fnv ^ c) * 0x100000001b3L;
            poly = poly * 0x9E3779B97F4A7C15L + c + 1;
        }
        return HexFormat.of().toHexDigits(fnv) + HexFormat.of().toHexDigits(poly ^ (poly >>> 29));
    }

    private static void span(StringBuilder b, TextSpan span) {
        b.append(span.start()).append('-').append(span.end()).append(';');
    }

    private static void field(StringBuilder b, String value) {
        b.append(value).append('\u0000');
    }
}
