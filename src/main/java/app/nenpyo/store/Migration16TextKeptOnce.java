package app.nenpyo.store;

/**
 * A document's text is kept once (decision 0023). Its row kept the whole text, and its
 * paragraphs' rows kept it again, paragraph by paragraph, for search: 114 of the 500 MB a 100 MB
 * import wrote. Its sentences had a row each, five integers, 705,000 rows for 100 MB. Together
 * they were a fifth of the import writer's time.
 *
 * <p>From this version a document's row keeps only the characters outside its paragraphs
 * ({@code outside_paragraphs}, {@link DocumentText}; {@code text} is then empty) and its
 * sentences packed in one value ({@code sentence_spans}, {@link SentenceSpans}); no sentence
 * rows are written. Documents stored before keep their whole text and their sentence rows, and
 * are read as they are: the step changes no row, so it is instant on any project.
 */
final class Migration16TextKeptOnce extends Migration {

    static final int VERSION = 16;

    Migration16TextKeptOnce() {
        super(VERSION,
                "ALTER TABLE documents ADD COLUMN outside_paragraphs TEXT",
                "ALTER TABLE documents ADD COLUMN sentence_spans BLOB");
    }
}
