package app.nenpyo.service;

/**
 * What one rebuild of the events did.
 *
 * @param documents the dated documents whose reports were merged
 * @param readAgain how many of them had to be read from their text again (date changed, reports
 *                  missing or of an older layout); the others' saved reports were used
 * @param events    the events stored
 */
public record EventRebuild(int documents, int readAgain, int events) {
}
