package app.nenpyo.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its size and dividers, the document list's hidden
 * columns, the last project, and how that project was last viewed (the visible time and the lanes). Kept in a java.util.prefs node that
 * the caller chooses, so tests use a node of their own and never touch the analyst's.
 */
public final class WindowMemory {
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String DIVIDERS = "window.dividers";
    private static final String PROJECT = "project.last";
    private static final String IMPORT_FOLDER = "import.lastFolder";
    private static final String VIEW_START = "view.start";
    private static final String VIEW_END = "view.end";
    private static final String LANES = "view.lanes";
    private static final String HIDDEN_DOCUMENT_COLUMNS = "documents.hiddenColumns";
    private static final String HIDDEN_EVENT_COLUMNS = "events.hiddenColumns";

    /**
     * The document list's columns hidden until the analyst shows them: the encoding and format
     * are in the reader's header too, and the list is narrow.
     */
    static final Set<String> DEFAULT_HIDDEN_DOCUMENT_COLUMNS = Set.of("encoding", "format");
    /** The event list's place, until the analyst shows it: the pane is narrow, and the label needs the room. */
    static final Set<String> DEFAULT_HIDDEN_EVENT_COLUMNS = Set.of("event-place");

    /** The window's size and the positions of its dividers, outer to inner. */
    public record Layout(double width, double height, List<Double> dividers) {
        public Layout {
            dividers = List.copyOf(dividers);
        }
    }

    /** How a project was last viewed: the visible time {@code [start, end)} and the lane mode. */
    public record View(Path project, long start, long end, LaneMode lanes) {
    }

    private final Preferences node;

    public WindowMemory(Preferences node) {
        this.node = node;
    }

    public static WindowMemory user() {
        return new WindowMemory(Preferences.userNodeForPackage(WindowMemory.class).node("window"));
    }

    public Optional<Layout> layout() {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (!(width > 0) || !(height > 0)) {
            return Optional.empty();
        }
        List<Double> dividers = new ArrayList<>();
        for (String part : node.get(DIVIDERS, "").split(",")) {
            try {
                double value = Double.parseDouble(part);
                if (value > 0 && value < 1) {
                    dividers.add(value);
                }
            } catch (NumberFormatException notANumber) {
                // an empty or damaged entry: the default position for that divider
                dividers.add(-1.0);
            }
        }
        return Optional.of(new Layout(width, height, dividers));
    }

    public void saveLayout(Layout layout) {
        node.putDouble(WIDTH, layout.width());
        node.putDouble(HEIGHT, layout.height());
        node.put(DIVIDERS, String.join(",", layout.dividers().stream().map(String::valueOf).toList()));
    }

    /** The project open when the window last closed, if its file still exists. */
    public Optional<Path> lastProject() {
        return Optional.ofNullable(node.get(PROJECT, null)).map(Path::of).filter(Files::isRegularFile);
    }

    /** The folder the analyst last imported from (or the folder of the files), if it still exists: choosers open there. */
    public Optional<Path> lastImportFolder() {
        return Optional.ofNullable(node.get(IMPORT_FOLDER, null)).map(Path::of).filter(Files::isDirectory);
    }

    public void saveImportFolder(Path folder) {
        node.put(IMPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    /** How {@code project} was last viewed, if it was the last project viewed. */
    public Optional<View> view(Path project) {
        String last = node.get(PROJECT, null);
        long start = node.getLong(VIEW_START, 0);
        long end = node.getLong(VIEW_END, 0);
        if (last == null || !Path.of(last).equals(project) || end <= start) {
            return Optional.empty();
        }
        LaneMode lanes;
        try {
            lanes = LaneMode.valueOf(node.get(LANES, LaneMode.NONE.name()));
        } catch (IllegalArgumentException unknown) {
            lanes = LaneMode.NONE;
        }
        return Optional.of(new View(project, start, end, lanes));
    }

    public void saveView(View view) {
        node.put(PROJECT, view.project().toString());
        node.putLong(VIEW_START, view.start());
        node.putLong(VIEW_END, view.end());
        node.put(LANES, view.lanes().name());
    }

    /** The ids of the document list's hidden columns; {@link #DEFAULT_HIDDEN_DOCUMENT_COLUMNS} until saved. */
    public Set<String> hiddenDocumentColumns() {
        return hiddenColumns(HIDDEN_DOCUMENT_COLUMNS, DEFAULT_HIDDEN_DOCUMENT_COLUMNS);
    }

    public void saveHiddenDocumentColumns(Set<String> columnIds) {
        saveHiddenColumns(HIDDEN_DOCUMENT_COLUMNS, columnIds);
    }

    /** The ids of the event list's hidden columns; {@link #DEFAULT_HIDDEN_EVENT_COLUMNS} until saved. */
    public Set<String> hiddenEventColumns() {
        return hiddenColumns(HIDDEN_EVENT_COLUMNS, DEFAULT_HIDDEN_EVENT_COLUMNS);
    }

    public void saveHiddenEventColumns(Set<String> columnIds) {
        saveHiddenColumns(HIDDEN_EVENT_COLUMNS, columnIds);
    }

    private void saveHiddenColumns(String key, Set<String> columnIds) {
        node.put(key, String.join(",", columnIds.stream().sorted().toList()));
    }

    private Set<String> hiddenColumns(String key, Set<String> defaults) {
        String saved = node.get(key, null);
        if (saved == null) {
            return defaults;
        }
        Set<String> hidden = new LinkedHashSet<>(Arrays.asList(saved.split(",")));
        hidden.remove("");
        return Set.copyOf(hidden);
    }
}
