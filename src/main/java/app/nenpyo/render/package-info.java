/**
 * Paints the timeline's {@link app.nenpyo.timeline.DisplayList} and a report page around it
 * (title, subtitle, legend, footnotes) with Java2D, the one drawing path of every exported image:
 * a {@code BufferedImage} for PNG, JFreeSVG's {@code Graphics2D} for SVG, pdfbox-graphics2d's for
 * PDF. No JavaFX: it runs on a machine with no display. Colours are the screen's
 * ({@link app.nenpyo.render.Palette}); text is drawn in the shipped IPAexGothic
 * ({@link app.nenpyo.render.ShippedFont}) so Japanese never turns into boxes.
 */
package app.nenpyo.render;
