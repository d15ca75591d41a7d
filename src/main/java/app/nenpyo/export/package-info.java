/**
 * Exports: a timeline report as PNG, SVG or PDF (one Java2D path, {@link app.nenpyo.render}), and
 * the events behind it as CSV, JSON or TimelineJS JSON. Pure Java: no JavaFX, no display, no SQL;
 * the command line and the window hand it events and documents they read through the service.
 *
 * <pre>{@code
 * ReportInput input = ReportInput.of(catalog, LaneGrouping.ACTOR, ReportLanguage.JA);
 * ExportedReport report = ReportBuilder.build(input, ReportRequest.of("年表", ExportScope.wholeProject(), 1600));
 * ImageFormat.PNG.writer(2).write(report.page(), out, ExportMonitor.NONE);
 * }</pre>
 */
package app.nenpyo.export;
