package app.nenpyo.service;

import app.nenpyo.domain.AddedReport;
import app.nenpyo.events.DocumentInput;
import app.nenpyo.events.DocumentReports;
import app.nenpyo.events.EventPipeline;
import java.util.Collection;

/**
 * How a document's reports are read from its dated text: {@link EventPipeline#analyseWithAdded}.
 * An interface so that tests can make it fail on one document, as a fault of the extractor on
 * one text would.
 */
@FunctionalInterface
interface DocumentExtraction {

    DocumentReports read(DocumentInput input, Collection<AddedReport> added);

    static DocumentExtraction of(EventPipeline pipeline) {
        return pipeline::analyseWithAdded;
    }
}
