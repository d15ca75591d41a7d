package app.nenpyo.events;

import app.nenpyo.nlp.ActorMention;
import java.util.List;

/**
 * What {@link EventExtractor} read in one document: its reports in text order and every actor
 * mention of its dated sentences (document spans), for the actor registry.
 */
public record DocumentReports(String documentKey, List<Report> reports, List<ActorMention> actors) {

    public DocumentReports {
        reports = List.copyOf(reports);
        actors = List.copyOf(actors);
    }
}
