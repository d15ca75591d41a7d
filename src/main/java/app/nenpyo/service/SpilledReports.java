package app.nenpyo.service;

import app.nenpyo.store.SavedReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The reports a rebuild read again from the documents' text, by document id, kept in a temporary
 * file until the merge has used them and stored them with its events: what stays in memory is
 * where each document's reports lie in the file. Held in memory, they grew with the project: an
 * extractor upgrade reads every document again, and kept 35 MB of reports for every 100 MB of
 * news until the merge committed, beside the merge's own working set.
 *
 * <p>A map to read: {@link #get} and the entries read the file each time they are asked for
 * (positional reads, from any thread); entries are added only by {@link #readOnce}. The file is
 * made on the first entry and deleted by {@link #close} (on Linux at once: it has no name while
 * it is used, so a rebuild that dies leaves none behind). When no file can be made, the reports
 * are kept in memory, as they were before.
 */
final class SpilledReports extends AbstractMap<Long, SavedReports> implements AutoCloseable {

    /** Where a document's reports lie in the file; a negative position: in {@link #unspilled}. */
    private record Place(long position, int length) {
    }

    private static final Place IN_MEMORY = new Place(-1, 0);

    private final ConcurrentHashMap<Long, Place> places = new ConcurrentHashMap<>();
    /** Where the file is made; null for the system's temporary directory. */
    private final Path directory;
    /** Made on the first entry; read from any thread. */
    private volatile FileChannel file;
    private long end;
    private boolean closed;
    /** The reports kept in memory, as before, when no file can be made (no temporary directory, or a full one). */
    private final Map<Long, SavedReports> unspilled = new ConcurrentHashMap<>();

    /** Kept in a file in the system's temporary directory. */
    SpilledReports() {
        this(null);
    }

    /** Kept in a file in {@code directory}. */
    SpilledReports(Path directory) {
        this.directory = directory;
    }

    /**
     * The document's reports as read before in this rebuild, else read now by {@code read} (at
     * most once per document, whichever thread asks first; others asking meanwhile wait) and kept.
     */
    SavedReports readOnce(long id, LongFunction<SavedReports> read) {
        SavedReports[] fresh = {null};
        Place place = places.computeIfAbsent(id, key -> {
            fresh[0] = read.apply(key);
            return append(key, fresh[0]);
        });
        return fresh[0] != null ? fresh[0] : read(id, place);
    }

    /** Forgets a document's reports, so that the next {@link #readOnce} reads them anew (the file keeps their bytes until closed). */
    void forget(long id) {
        places.remove(id);
        unspilled.remove(id);
    }

    @Override
    public SavedReports get(Object id) {
        Place place = places.get(id);
        return place == null ? null : read((Long) id, place);
    }

    @Override
    public boolean containsKey(Object id) {
        return places.containsKey(id);
    }

    @Override
    public int size() {
        return places.size();
    }

    @Override
    public Set<Long> keySet() {
        return Collections.unmodifiableSet(places.keySet());
    }

    @Override
    public Set<Map.Entry<Long, SavedReports>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Long, SavedReports>> iterator() {
                Iterator<Map.Entry<Long, Place>> inner = places.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Map.Entry<Long, SavedReports> next() {
                        Map.Entry<Long, Place> e = inner.next();
                        return new SimpleImmutableEntry<>(e.getKey(), read(e.getKey(), e.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return places.size();
            }
        };
    }

    /** Deletes the file; a document read again after this is refused, not kept in a file no one deletes. */
    @Override
    public synchronized void close() {
        closed = true;
        unspilled.clear();
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the reports read again: " + e.getMessage(), e);
        }
    }

    private synchronized Place append(long id, SavedReports reports) {
        if (closed) {
            throw new IllegalStateException("the reports read again are closed: document " + id + " is read too late");
        }
        if (!unspilled.isEmpty()) {
            unspilled.put(id, reports);
            return IN_MEMORY;
        }
        int[] days = reports.reportDays();
        int[] periods = reports.widerPeriods();
        // the anchor's epoch day, the format, the days and the wider periods (each their number plus
        // one, 0: not known, then them), the bytes
        ByteBuffer record = ByteBuffer.allocate(8 + 4 + 4 + 4 * (days == null ? 0 : days.length) + 4
                + 4 * (periods == null ? 0 : periods.length) + reports.bytes().length);
        record.putLong(reports.anchor().toEpochDay()).putInt(reports.format());
        putInts(record, days);
        putInts(record, periods);
        record.put(reports.bytes()).flip();
        try {
            if (file == null) {
                try {
                    Path path = directory == null ? Files.createTempFile("nenpyo-reports-", ".tmp")
                            : Files.createTempFile(directory, "nenpyo-reports-", ".tmp");
                    file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
                } catch (IOException | SecurityException noFile) {
                    unspilled.put(id, reports);
                    return IN_MEMORY;
                }
            }
            while (record.hasRemaining()) {
                file.write(record, end + record.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the reports read again in a temporary file: " + e.getMessage(), e);
        }
        Place place = new Place(end, record.limit());
        end += record.limit();
        return place;
    }

    private SavedReports read(long id, Place place) {
        if (place.position() < 0) {
            return unspilled.get(id);
        }
        ByteBuffer buffer = ByteBuffer.allocate(place.length());
        try {
            FileChannel channel = file;
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, place.position() + buffer.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back the reports read again: " + e.getMessage(), e);
        }
        buffer.flip();
        LocalDate anchor = LocalDate.ofEpochDay(buffer.getLong());
        int format = buffer.getInt();
        int[] days = getInts(buffer);
        int[] periods = getInts(buffer);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return new SavedReports(anchor, format, bytes, days, periods);
    }

    /** Their number plus one (0 for null), then them. */
    private static void putInts(ByteBuffer record, int[] ints) {
        record.putInt(ints == null ? 0 : ints.length + 1);
        if (ints != null) {
            record.asIntBuffer().put(ints);
            record.position(record.position() + 4 * ints.length);
        }
    }

    private static int[] getInts(ByteBuffer buffer) {
        int count = buffer.getInt();
        if (count == 0) {
            return null;
        }
        int[] ints = new int[count - 1];
        buffer.asIntBuffer().get(ints);
        buffer.position(buffer.position() + 4 * ints.length);
        return ints;
    }
}
