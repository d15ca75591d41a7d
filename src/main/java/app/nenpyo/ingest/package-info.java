/**
 * Reading files into analysed documents: which files to read ({@link app.nenpyo.ingest.FileCollector}),
 * their encoding ({@link app.nenpyo.ingest.TextDecoder}), their format and document date
 * ({@link app.nenpyo.ingest.DocumentReader}, {@link app.nenpyo.ingest.DateFinder}), and their
 * paragraphs and sentences with exact UTF-16 spans into the document text
 * ({@link app.nenpyo.ingest.ParagraphSplitter}, {@link app.nenpyo.ingest.SentenceSplitter},
 * {@link app.nenpyo.ingest.ParagraphClassifier}, {@link app.nenpyo.ingest.HashtagFinder}).
 *
 * <p>Depends only on the JDK, {@code app.nenpyo.domain}, juniversalchardet and jsoup. Whole-file
 * failures are {@link app.nenpyo.ingest.IngestException}s with a one-line message naming the file;
 * a broken entry of an export file is an {@link app.nenpyo.ingest.EntryProblem} beside the other
 * entries. The user's anchor date is applied by the service, never here.
 */
package app.nenpyo.ingest;
