/**
 * Why a file could not be read or written, in words a user reads. JDK only; any layer may use it
 * (the command line and the window give the same reasons).
 */
package app.nenpyo.files;
