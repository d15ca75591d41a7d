package app.nenpyo.ui;

import app.nenpyo.service.ImportReport;
import app.nenpyo.domain.DateSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What an import did: one line per imported document, duplicate and failure, and a date picker
 * for every document that came without a date (the window never dates one silently).
 * The result maps document ids to the dates the analyst chose.
 */
final class ImportReportDialog {
    private ImportReportDialog() {
    }

    static Map<Long, LocalDate> show(Window owner, Messages messages, ImportReport report) {
        Dialog<Map<Long, LocalDate>> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("report.title"));
        dialog.setHeaderText(messages.format(report.cancelled() ? "report.headerCancelled" : "report.header",
                report.imported().size(), report.duplicates().size(), report.failures().size()));

        VBox content = new VBox(6);
        content.getStyleClass().add("import-report");
        Map<Long, DatePicker> pickers = new LinkedHashMap<>();
        if (!report.undated().isEmpty()) {
            content.getChildren().add(heading(messages.get("report.undated")));
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            int row = 0;
            for (ImportReport.Imported undated : report.undated()) {
                DatePicker picker = Dialogs.datePicker(null, messages.get("dateDialog.accessible") + ": " + undated.title());
                Label title = line(undated.title() + "  (" + undated.origin() + ")");
                title.setLabelFor(picker);
                grid.addRow(row++, picker, title);
                pickers.put(undated.documentId(), picker);
            }
            content.getChildren().add(grid);
        }
        section(content, messages.get("report.imported"), report.imported().stream()
                .map(i -> i.title() + "  " + (i.dated() ? dateOf(messages, i) : messages.get("date.none")) + "  " + i.encoding())
                .toList());
        section(content, messages.get("report.duplicates"), report.duplicates().stream()
                .map(d -> messages.format("report.duplicate", d.origin(), d.existingId()))
                .toList());
        List<String> failures = report.failures().stream().map(ImportReport.Failure::message).toList();
        section(content, messages.get("report.failures"), failures).forEach(l -> l.getStyleClass().add("failure"));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 360);
        dialog.getDialogPane().setContent(scroll);
        ButtonType apply = new ButtonType(messages.get("report.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = Dialogs.close(messages);
        dialog.getDialogPane().getButtonTypes().setAll(pickers.isEmpty() ? List.of(close) : List.of(apply, close));
        dialog.setResultConverter(button -> {
            Map<Long, LocalDate> chosen = new LinkedHashMap<>();
            if (button == apply) {
                pickers.forEach((id, picker) -> {
                    if (picker.getValue() != null) {
                        chosen.put(id, picker.getValue());
                    }
                });
            }
            return chosen;
        });
        return dialog.showAndWait().orElse(Map.of());
    }

    /** The report carries the date and its source as text; shown the window's way when they parse. */
    private static String dateOf(Messages messages, ImportReport.Imported imported) {
        String date;
        try {
            date = messages.date(LocalDate.parse(imported.dateText()));
        } catch (DateTimeParseException e) {
            date = imported.dateText();
        }
        String source = Arrays.stream(DateSource.values())
                .filter(s -> s.name().equals(imported.dateSource()))
                .findFirst()
                .map(messages::dateSource)
                .orElse(imported.dateSource());
        return date + " (" + source + ")";
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
