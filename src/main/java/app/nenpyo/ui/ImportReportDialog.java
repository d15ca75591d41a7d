package app.nenpyo.ui;

import app.nenpyo.domain.DateSource;
import app.nenpyo.service.ImportReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What an import did: every imported document with its date and where that date came from, each
 * date editable with a picker and applied as soon as it is picked (the document's dates and events
 * are re-read in the background); then duplicates, failures and the files of other kinds left
 * unread. Documents without a date come
 * first, their pickers empty: the window never dates one silently.
 */
final class ImportReportDialog {
    private ImportReportDialog() {
    }

    /** @param setDate called on the UI thread with each date the analyst picks, at once */
    static void show(Window owner, Messages messages, ImportReport report, BiConsumer<Long, LocalDate> setDate) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("report.title"));
        dialog.setHeaderText(messages.format(report.cancelled() ? "report.headerCancelled" : "report.header",
                report.imported().size(), report.duplicates().size(), report.failures().size()));

        VBox content = new VBox(6);
        content.getStyleClass().add("import-report");
        if (!report.undated().isEmpty()) {
            Label undated = heading(messages.get("report.undated"));
            undated.getStyleClass().add("undated");
            content.getChildren().add(undated);
        }
        if (!report.imported().isEmpty()) {
            content.getChildren().addAll(heading(messages.get("report.imported")), datesGrid(messages, report, setDate));
        }
        section(content, messages.get("report.duplicates"), report.duplicates().stream()
                .map(d -> messages.format("report.duplicate", d.origin(), d.existingId()))
                .toList());
        List<String> failures = report.failures().stream().map(f -> FailureText.of(f, messages)).toList();
        section(content, messages.get("report.failures"), failures).forEach(l -> l.getStyleClass().add("failure"));
        section(content, messages.format("report.otherKinds", report.otherKinds().size(),
                ImportReport.kindsOf(report.otherKinds(), messages.get("kind.noExtension"))), firstOf(report.otherKinds(), messages));
        List<String> unread = report.importedUnread().stream()
                .map(d -> messages.format("report.unreadDocument", d.origin(), d.reason())).toList();
        section(content, messages.get("report.unread"), unread).forEach(l -> l.getStyleClass().add("failure"));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 380);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.close(messages));
        dialog.showAndWait();
    }

    /** The files of other kinds a folder held, the first {@value #OTHER_FILES_LISTED} of them: a folder of clippings may hold thousands of photos. */
    private static List<String> firstOf(List<String> files, Messages messages) {
        if (files.size() <= OTHER_FILES_LISTED) {
            return files;
        }
        List<String> shown = new ArrayList<>(files.subList(0, OTHER_FILES_LISTED));
        shown.add(messages.format("report.otherKindsMore", files.size() - OTHER_FILES_LISTED));
        return shown;
    }

    private static final int OTHER_FILES_LISTED = 50;

    /** One row per imported document, undated ones first: a date picker, where the date came from, title and encoding. */
    private static GridPane datesGrid(Messages messages, ImportReport report, BiConsumer<Long, LocalDate> setDate) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("report-dates");
        // the picker and the source keep their width; a long title wraps instead of squeezing them to "…"
        ColumnConstraints pickers = new ColumnConstraints();
        pickers.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints sources = new ColumnConstraints();
        sources.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints titles = new ColumnConstraints();
        titles.setHgrow(Priority.ALWAYS);
        titles.setMinWidth(120);
        grid.getColumnConstraints().setAll(pickers, sources, titles);
        List<ImportReport.Imported> rows = new ArrayList<>(report.imported());
        rows.sort(Comparator.comparing(ImportReport.Imported::dated));
        int row = 0;
        for (ImportReport.Imported imported : rows) {
            LocalDate date = imported.dated() ? parse(imported.dateText()) : null;
            DocumentDateField field = new DocumentDateField(date, date == null ? LocalDate.now() : date,
                    messages.get("dateDialog.accessible") + ": " + imported.title(), messages, false).enterCommitsTypedDate();
            DatePicker picker = field.picker();
            Label source = new Label(imported.dated() ? sourceOf(messages, imported) : messages.get("date.none"));
            source.getStyleClass().add(imported.dated() ? "date-source" : "undated");
            source.setMinWidth(Region.USE_PREF_SIZE);
            picker.valueProperty().addListener((o, old, chosen) -> {
                if (chosen != null && !chosen.equals(old)) {
                    setDate.accept(imported.documentId(), chosen);
                    source.setText(messages.dateSource(DateSource.USER));
                    source.getStyleClass().setAll("label", "date-source");
                }
            });
            Label title = line(imported.title() + "  (" + imported.origin() + " · " + imported.encoding() + ")");
            title.setLabelFor(picker);
            title.setMinWidth(0);
            grid.addRow(row++, field.node(), source, title);
        }
        return grid;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Where the report says the date came from, in the window's words when it names a known source. */
    private static String sourceOf(Messages messages, ImportReport.Imported imported) {
        return Arrays.stream(DateSource.values())
                .filter(s -> s.name().equals(imported.dateSource()))
                .findFirst()
                .map(messages::dateSource)
                .orElse(imported.dateSource());
    }

    private static List<Label> section(VBox content, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        content.getChildren().add(heading(title));
        List<Label> labels = lines.stream().map(ImportReportDialog::line).toList();
        content.getChildren().addAll(labels);
        return labels;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("report-heading");
        return label;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
