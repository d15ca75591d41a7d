package app.nenpyo.cli;

import app.nenpyo.domain.Actor;
import app.nenpyo.domain.CodePoints;
import app.nenpyo.domain.Event;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.TextSpan;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code events} command's TSV, exactly as DESIGN.md's contract says:
 * {@code id	start	end	label	actors	place	expressions	sources}, start/end as ISO dates (inclusive),
 * actors and expressions {@code ;}-separated, sources as {@code DOCUMENT_ID:PARAGRAPH:START-END}
 * with the sentence span in code points of that document's text.
 *
 * <p>{@code ev-6cd1ebeb7a164220	2022-01-10	2022-01-10	米露協議がジュネーブで開始	米国;シャーマン国務副長官;…
 * 	ジュネーブ	10日;10日;10日	1:26:1986-2052;1:30:2400-2477;1:31:2530-2565}. Tabs and line breaks
 * inside a field become spaces.
 */
final class EventTsv {

    public static final String HEADER = "id\tstart\tend\tlabel\tactors\tplace\texpressions\tsources";

    private EventTsv() {
    }

    /**
     * @param textOf the text of a document by its key, to turn UTF-16 spans into code points;
     *               the document id printed is the stored id when the source has one, else the key
     */
    public static String format(List<Event> events, Function<String, String> textOf) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Event e : events) {
            b.append(line(e, textOf)).append('\n');
        }
        return b.toString();
    }

    /** One event's row, without its line end. */
    public static String line(Event e, Function<String, String> textOf) {
        return new StringBuilder(e.id()).append('\t')
                .append(e.time().start()).append('\t')
                .append(e.time().end()).append('\t')
                .append(Tsv.field(e.label())).append('\t')
                .append(e.actors().stream().map(Actor::displayName).map(Tsv::field).collect(Collectors.joining(";")))
                .append('\t')
                .append(Tsv.field(e.place())).append('\t')
                .append(e.sources().stream().map(s -> Tsv.field(s.expressionText())).collect(Collectors.joining(";")))
                .append('\t')
                .append(e.sources().stream().map(s -> source(s, textOf)).collect(Collectors.joining(";")))
                .toString();
    }

    private static String source(EventSource s, Function<String, String> textOf) {
        TextSpan cp = CodePoints.span(textOf.apply(s.documentKey()), s.sentence());
        String document = s.documentId().isPresent() ? Long.toString(s.documentId().getAsLong()) : s.documentKey();
        return document + ":" + s.paragraph() + ":" + cp.start() + "-" + cp.end();
    }
}
