/**
 * Compact binary writing and reading for the derived data a project keeps (saved reports, event
 * summary pages): variable-length integers, UTF-8 strings, deflate. JDK only, no state beyond one
 * buffer; any layer may use it.
 */
package app.nenpyo.codec;
