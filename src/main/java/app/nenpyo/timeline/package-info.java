/**
 * The timeline as pure maths: no JavaFX, no AWT, only the JDK and {@code app.nenpyo.domain}.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link app.nenpyo.timeline.TimeScale}: time↔pixel, zoom about a pivot, pan, fit, limits.</li>
 *   <li>{@link app.nenpyo.timeline.TickPlan}: the axis for a scale (unit, minor/major ticks,
 *       Japanese or English labels, era row, shading bands, today).</li>
 *   <li>{@link app.nenpyo.timeline.TimelineItem} and {@link app.nenpyo.timeline.TimelineIndex}:
 *       events as intervals, indexed by time once per change of the items.</li>
 *   <li>{@link app.nenpyo.timeline.LaneLayout}: lane order; {@code RowLayout}: rows, elision and
 *       clusters within a lane.</li>
 *   <li>{@link app.nenpyo.timeline.TimelineLayout}: the facade that returns a
 *       {@link app.nenpyo.timeline.DisplayList}; {@link app.nenpyo.timeline.DensityHistogram} for the
 *       overview band.</li>
 * </ul>
 *
 * <h2>How to paint a display list (screen and export alike)</h2>
 * Walk {@code shapes()} in order and draw each record; compute nothing. All coordinates are pixels,
 * x as the scale's, y from the top of the axis.
 * <ul>
 *   <li>{@code Shade}: fill, light grey for WEEKEND, lighter for ALTERNATE.</li>
 *   <li>{@code Line}: by kind: GRID_* thin and faint, TICK_* in the axis, LANE_SEPARATOR, LINK
 *       dashed, TODAY an accent colour.</li>
 *   <li>{@code Panel}: the axis background (it covers lanes scrolled under it).</li>
 *   <li>{@code LaneHeader}: a strip across the width.</li>
 *   <li>{@code Marker}: a filled dot in the category's colour ({@code style}); a ring when
 *       {@code fuzzy}; an outline when {@code selected}; a small link glyph when {@code linked}.</li>
 *   <li>{@code Bar}: a rounded rectangle, light category colour (its label is drawn over it);
 *       fade the fuzzy ends with a gradient.</li>
 *   <li>{@code Badge}, {@code ClusterMark}: pills; their numbers are {@code Text}s on top.</li>
 *   <li>{@code DensityBar}: filled rectangles, intensity by {@code level}.</li>
 *   <li>{@code Text}: one line, the font of its {@code role} (the same font the
 *       {@link app.nenpyo.timeline.TextMeasure} measured with), at {@code (x, baseline)} aligned
 *       by {@code anchor}; clip to {@code clipWidth} to absorb small measuring differences.</li>
 * </ul>
 * Hit-test pointer positions with {@link app.nenpyo.timeline.DisplayList#hitTest}: an item id (with
 * its lane) or a cluster/density bucket with its time range, to zoom into with
 * {@link app.nenpyo.timeline.TimeScale#fit}.
 */
package app.nenpyo.timeline;
