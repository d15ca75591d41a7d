package app.nenpyo.ui;

/**
 * One active filter as a chip above the timeline says it ("アクター: ロシア", "「協議」"); removing
 * the chip removes exactly this filter.
 *
 * @param facet which part of the filter it is
 * @param key   the value inside the facet (an actor's name, a category constant, a document id);
 *              empty for the date range and the text search
 * @param text  what the chip shows
 */
public record ActiveFilter(Facet facet, String key, String text) {

    public enum Facet { ACTOR, CATEGORY, DOCUMENT, DATES, TEXT }
}
