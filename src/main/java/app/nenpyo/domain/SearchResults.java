package app.nenpyo.domain;

import java.util.List;

/**
 * What one search found: the paragraphs listed (best first, no more than asked for) and how
 * many paragraphs match in all, counted no further than asked.
 */
public record SearchResults(List<SearchHit> hits, int matches) {
    public static final SearchResults NONE = new SearchResults(List.of(), 0);

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
