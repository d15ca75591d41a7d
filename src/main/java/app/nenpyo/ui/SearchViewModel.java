package app.nenpyo.ui;

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

    private final ProjectGateway project;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchResultRow> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
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

    /** "12 hits", "no hits", "searching…", or empty when there is no query. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
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
            summary.set("");
            emptyResults.set(messages.get("results.empty"));
            return;
        }
        searching.set(true);
        summary.set(messages.get("search.running"));
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
                        summary.set(ErrorText.oneLine(e, messages));
                        emptyResults.set(ErrorText.oneLine(e, messages));
                    }
                });
    }

    /** What a search found; with nothing, the words of the query that no paragraph holds, if any. */
    private record Found(String query, List<SearchResultRow> rows, List<String> wordsFoundNowhere) {
    }

    private Found found(String text) {
        List<SearchResultRow> rows = project.search(text, LIMIT).stream().map(SearchResultRow::of).toList();
        List<String> words = List.of(text.split("\\s+"));
        if (!rows.isEmpty() || words.size() < 2) {
            return new Found(text, rows, List.of());
        }
        // 岸田 クジラ: say which word no paragraph holds, not the whole query
        return new Found(text, rows, words.stream().filter(word -> project.search(word, 1).isEmpty()).toList());
    }

    private void show(Found found) {
        List<SearchResultRow> rows = found.rows();
        searching.set(false);
        String nowhere = String.join(" ", found.wordsFoundNowhere());
        emptyResults.set(!nowhere.isEmpty() ? messages.format("results.none", nowhere)
                : found.query().contains(" ") ? messages.format("results.noneTogether", found.query())
                : messages.format("results.none", found.query()));
        results.setAll(rows);
        summary.set(rows.isEmpty() ? messages.get("search.none") : messages.format("search.count", rows.size()));
    }
}
