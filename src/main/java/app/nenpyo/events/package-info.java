/**
 * Events: sentences with resolved dates become dated happenings with a label, actors, a place, a
 * category and their sources; the same happening reported many times becomes one event.
 *
 * <p>Entry point: {@link app.nenpyo.events.EventPipeline} ({@code analyse} per document on any
 * thread, then {@code combine} once). Decisions: docs/decisions/0005-events-background-and-merging.md.
 * Depends on {@code domain} and {@code nlp} only.
 */
package app.nenpyo.events;
