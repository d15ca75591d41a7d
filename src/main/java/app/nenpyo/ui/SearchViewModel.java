package app.nenpyo.ui;

import app.nenpyo.domain.SearchResults;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Full-text search over the project's paragraphs. The view debounces typing and calls
 * {@link #search()}; results of a query that was overtaken by a newer one are dropped.
 */
public final class SearchViewModel {
    static final int LIMIT = 500;
    /**
     * Matches are counted this far and no further: a common word matches much of a million
     * paragraphs, and beyond this the analyst reads "more than" as well as an exact number.
     */
    static final int MOST_COUNTED = 10_000;

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchResultRow> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper matchCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyResults = new ReadOnlyStringWrapper("");
    private long request;

    public SearchViewModel(ProjectGateway project, TaskExecutor executor, Messages messages) {
        this.project = project;
        this.executor = executor;
        this.messages = messages;
        emptyResults.set(messages.get("results.empty"));
    }

    /** Takes over another view's query and its results (the window built again in another language). */
    void takeOver(SearchViewModel before) {
        String query = before.queryProperty().get();
        if (!query.isBlank()) {
            queryProperty().set(query);
            search();
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchResultRow> results() {
        return results;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** "12 hits", "500 of 2,406 shown", "no hits", "searching…", or empty when there is no query. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * How many paragraphs match, as the results tab says it beside three others: "2,406",
     * "10,000+", "0"; empty while there is no count (no query, searching, a failure).
     */
    public ReadOnlyStringProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** What the empty results list says: to type a term, that the search runs, or that no paragraph contains the term searched. */
    public ReadOnlyStringProperty emptyResultsProperty() {
        return emptyResults.getReadOnlyProperty();
    }

    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        long mine = ++request;
        if (text.isEmpty()) {
            results.clear();
            searching.set(false);
            say("");
            emptyResults.set(messages.get("results.empty"));
            return;
        }
        searching.set(true);
        say(messages.get("search.running"));
        emptyResults.set(messages.get("search.running"));
        executor.execute(
                () -> found(text),
                found -> {
                    if (mine == request) {
                        show(found);
                    }
                },
                e -> {
                    if (mine == request) {
                        searching.set(false);
                        results.clear();
                        say(ErrorText.oneLine(e, messages));
                        emptyResults.set(ErrorText.oneLine(e, messages));
                    }
                });
    }

    /**
     * What a search found: the rows listed, how many paragraphs match (up to one more than
     * {@link #MOST_COUNTED}), and with nothing, the words of the query that no paragraph holds, if any.
     */
    private record Found(String query, List<SearchResultRow> rows, int matches, List<String> wordsFoundNowhere) {
    }

    private Found found(String text) {
        // the count comes with the rows, from the same search: the index is counted once
        SearchResults found = project.search(text, LIMIT, MOST_COUNTED + 1);
        List<SearchResultRow> rows = found.hits().stream()
                .map(hit -> SearchResultRow.of(hit, hit.documentDate().map(messages::date).orElseGet(() -> messages.get("date.none"))))
                .toList();
        List<String> words = List.of(text.split("\\s+"));
        if (!rows.isEmpty() || words.size() < 2) {
            return new Found(text, rows, Math.max(rows.size(), found.matches()), List.of());
        }
        // 岸田 クジラ: say which word no paragraph holds, not the whole query; whether one does is a count of one
        return new Found(text, rows, 0, words.stream().filter(word -> project.countMatches(word, 1) == 0).toList());
    }

    private void show(Found found) {
        List<SearchResultRow> rows = found.rows();
        searching.set(false);
        String nowhere = String.join(" ", found.wordsFoundNowhere());
        emptyResults.set(!nowhere.isEmpty() ? messages.format("results.none", nowhere)
                : found.query().contains(" ") ? messages.format("results.noneTogether", found.query())
                : messages.format("results.none", found.query()));
        results.setAll(rows);
        if (rows.isEmpty()) {
            summary.set(messages.get("search.none"));
            matchCount.set(messages.format("search.tabCount", 0));
        } else if (found.matches() > MOST_COUNTED) {
            summary.set(messages.format("search.shownOfMoreThan", rows.size(), MOST_COUNTED));
            matchCount.set(messages.format("search.tabCountMoreThan", MOST_COUNTED));
        } else if (found.matches() > rows.size()) {
            summary.set(messages.format("search.shownOf", rows.size(), found.matches()));
            matchCount.set(messages.format("search.tabCount", found.matches()));
        } else {
            summary.set(messages.format("search.count", rows.size()));
            matchCount.set(messages.format("search.tabCount", rows.size()));
        }
    }

    /** Says so in the summary; the tab counts nothing meanwhile. */
    private void say(String text) {
        summary.set(text);
        matchCount.set("");
    }
}
