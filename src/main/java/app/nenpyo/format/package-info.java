/**
 * How values are written as text for other tools: a tab-separated field. JDK only; any layer may
 * use it (the command line's dates, ingest and search lines and the exported event list write
 * their fields the same way).
 */
package app.nenpyo.format;
