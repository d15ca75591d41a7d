/**
 * Exports: a timeline report as PNG, SVG or PDF (one Java2D path, {@link app.nenpyo.render}), and
 * the events behind it as CSV, JSON or TimelineJS JSON. Pure Java: no JavaFX, no display, no SQL;
 * the command line and the window hand it events and documents they read through the service.
 * {@link app.nenpyo.export.LaneGrouping} is the one rule for which lanes an event is in, for the
 * window's timeline as for the command line.
 *
 * <pre>{@code
 * ReportInput input = ReportInput.of(catalog, LaneGrouping.ACTOR, ReportLanguage.JA);
 * ReportFonts fonts = new ReportFonts();
 * ExportedReport report = ReportBuilder.build(input, ReportRequest.of("年表", ExportScope.wholeProject(), 1600), fonts);
 * ImageFormat.PNG.writer(2).write(new ReportPainter(report.page(), fonts, Palette.standard()), out, ExportMonitor.NONE);
 * }</pre>
 */
package app.nenpyo.export;
