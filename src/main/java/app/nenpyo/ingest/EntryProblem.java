package app.nenpyo.ingest;

/**
 * One entry of an export file that could not be read; the other entries of the file still come back.
 *
 * @param origin the entry's origin, {@code FILE#N}
 * @param reason why, in one line
 */
public record EntryProblem(String origin, String reason) {
}
