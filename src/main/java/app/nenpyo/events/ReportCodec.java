package app.nenpyo.events;

import app.nenpyo.domain.ActorKind;
import app.nenpyo.domain.EventCategory;
import app.nenpyo.domain.EventSource;
import app.nenpyo.domain.Granularity;
import app.nenpyo.domain.TextSpan;
import app.nenpyo.domain.TimeValue;
import app.nenpyo.nlp.ActorMention;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Writes what {@link EventExtractor} read in one document ({@link DocumentReports}) as bytes, and
 * reads it back equal, so a project keeps each document's reports and a rebuild of its events
 * merges stored reports instead of tokenising every document again.
 *
 * <p>Layout: the {@link #FORMAT} number, then, deflated (labels and names are most of the bytes), a table of the distinct strings, a table of the distinct
 * actor mentions (each written once: the same mentions recur in many reports), then the reports
 * with strings and mentions as table indices and numbers as variable-length integers. The document's row id is not written: it is
 * given back on {@link #decode}, so the bytes depend only on the text and its date.
 *
 * <pre>
 *   byte[] stored = ReportCodec.encode(reports);           // at import, on a worker thread
 *   DocumentReports again = ReportCodec.decode(stored, OptionalLong.of(42));
 *   // again.equals(reports with documentId 42 in every source)
 * </pre>
 *
 * <p>Any change to {@link Report}, {@link EventSource}, {@link ActorMention} or to what the
 * extractor reads must bump {@link #FORMAT}: stored reports of an older format are then read
 * again from the text at the next rebuild (never decoded wrongly).
 */
public final class ReportCodec {

    /** The version of this layout and of the extractor's reading; see the class comment. */
    public static final int FORMAT = 1;

    private ReportCodec() {
    }

    public static byte[] encode(DocumentReports document) {
        Strings strings = new Strings();
        Mentions mentions = new Mentions();
        ByteArrayOutputStream body = new ByteArrayOutputStream(256 + 64 * document.reports().size());
        ByteArrayOutputStream mentionTable = new ByteArrayOutputStream(64 * document.actors().size() + 16);
        ByteArrayOutputStream whole = new ByteArrayOutputStream(1024 + 128 * document.reports().size());
        try (DataOutputStream out = new DataOutputStream(body)) {
            strings.write(out, document.documentKey());
            writeMentions(out, mentions, document.actors());
            varint(out, document.reports().size());
            for (Report r : document.reports()) {
                writeReport(out, strings, mentions, r);
            }
            out.flush();
            DataOutputStream table = new DataOutputStream(mentionTable);
            varint(table, mentions.inOrder().size());
            for (ActorMention m : mentions.inOrder()) {
                writeMention(table, strings, m);
            }
            table.flush();
            ByteArrayOutputStream plain = new ByteArrayOutputStream(body.size() + mentionTable.size() + 32 * strings.inOrder().size());
            DataOutputStream all = new DataOutputStream(plain);
            varint(all, strings.inOrder().size());
            for (String text : strings.inOrder()) {
                all.writeUTF(text);
            }
            mentionTable.writeTo(all);
            body.writeTo(all);
            all.flush();
            DataOutputStream head = new DataOutputStream(whole);
            varint(head, FORMAT);
            varint(head, plain.size());
            head.flush();
            whole.write(deflate(plain.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return whole.toByteArray();
    }

    /**
     * @param documentId the stored document's row id, set on every source
     * @throws IllegalArgumentException if the bytes are not of the current {@link #FORMAT} or broken
     */
    public static DocumentReports decode(byte[] bytes, OptionalLong documentId) {
        ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
        try {
            DataInputStream head = new DataInputStream(raw);
            int format = varint(head);
            if (format != FORMAT) {
                throw new IllegalArgumentException("stored reports have format " + format + ", this version reads " + FORMAT);
            }
            int plainLength = varint(head);
            byte[] plain = inflate(bytes, bytes.length - raw.available(), plainLength);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
            String[] strings = new String[varint(in)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = in.readUTF();
            }
            Reader reader = new Reader(in, strings, new ArrayList<>());
            reader.readMentionTable();
            String documentKey = reader.string();
            List<ActorMention> actors = reader.mentions();
            int count = varint(in);
            List<Report> reports = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                reports.add(reader.report(documentKey, documentId));
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("stored reports have bytes after their end");
            }
            return new DocumentReports(documentKey, reports, actors);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("stored reports are broken: " + e, e);
        }
    }

    /** Whole arrays at once: a deflater stream fed byte by byte made encoding the slowest part of a rebuild. */
    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 64);
            byte[] chunk = new byte[Math.max(256, Math.min(plain.length, 1 << 16))];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] bytes, int offset, int plainLength) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, bytes.length - offset);
            byte[] plain = new byte[plainLength];
            int done = 0;
            while (done < plainLength) {
                int n = inflater.inflate(plain, done, plainLength - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("stored reports end after " + done + " of " + plainLength + " bytes");
                }
                done += n;
            }
            if (!inflater.finished() || inflater.getRemaining() > 0) {
                throw new IOException("stored reports have bytes after their end");
            }
            return plain;
        } catch (DataFormatException e) {
            throw new IOException("stored reports are not deflated data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** The format number stored bytes were written in, to decide without decoding whether they are current. */
    public static int formatOf(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return varint(in);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void writeReport(DataOutputStream out, Strings strings, Mentions mentions, Report r) throws IOException {
        EventSource s = r.source();
        strings.write(out, s.sourceId());
        varint(out, s.paragraph());
        span(out, s.sentence());
        span(out, s.clause());
        span(out, s.expression());
        strings.write(out, s.expressionText());
        strings.write(out, s.background());
        writeTime(out, strings, r.time());
        strings.write(out, r.label());
        strings.write(out, r.category().name());
        writeMentions(out, mentions, r.actors());
        writeOptionalMention(out, mentions, r.subject());
        writeOptionalMention(out, mentions, r.place());
        varint(out, r.headWords().size());
        for (String w : r.headWords()) {
            strings.write(out, w);
        }
        varint(out, r.contentWords().size());
        for (String w : r.contentWords()) {
            strings.write(out, w);
        }
    }

    private static void writeTime(DataOutputStream out, Strings strings, TimeValue t) throws IOException {
        varint(out, zigzag(Math.toIntExact(t.start().toEpochDay())));
        varint(out, (int) (t.end().toEpochDay() - t.start().toEpochDay()));
        strings.write(out, t.granularity().name());
        varint(out, t.startTime() == null ? 0 : 1 + t.startTime().toSecondOfDay() / 60);
        varint(out, t.endTime() == null ? 0 : 1 + t.endTime().toSecondOfDay() / 60);
        strings.write(out, t.openness().name());
    }

    /** Day numbers may be negative (before 1970): zigzag maps them to small non-negative numbers. */
    private static int zigzag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static int unzigzag(int z) {
        return (z >>> 1) ^ -(z & 1);
    }

    private static void writeMentions(DataOutputStream out, Mentions table, List<ActorMention> mentions) throws IOException {
        varint(out, mentions.size());
        for (ActorMention m : mentions) {
            table.write(out, m);
        }
    }

    /** 0 for none, else 1 + the mention's index. */
    private static void writeOptionalMention(DataOutputStream out, Mentions table, Optional<ActorMention> m) throws IOException {
        if (m.isPresent()) {
            varint(out, 1 + table.indexOf(m.get()));
        } else {
            varint(out, 0);
        }
    }

    private static void writeMention(DataOutputStream out, Strings strings, ActorMention m) throws IOException {
        strings.write(out, m.surface());
        span(out, m.span());
        strings.write(out, m.kind().name());
        strings.write(out, m.name());
        strings.write(out, m.canonical());
        strings.write(out, m.title());
        strings.write(out, m.country());
        strings.write(out, m.reason());
    }

    private static void span(DataOutputStream out, TextSpan span) throws IOException {
        varint(out, span.start());
        varint(out, span.length());
    }

    private static void varint(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative number in reports: " + value);
        }
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int varint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("number longer than 5 bytes");
    }

    /** A table being built: each distinct value once, in first-use order, referred to by index. */
    private static class Table<T> {
        private final Map<T, Integer> index = new HashMap<>();
        private final List<T> order = new ArrayList<>();

        int indexOf(T value) {
            Integer i = index.get(value);
            if (i == null) {
                i = order.size();
                index.put(value, i);
                order.add(value);
            }
            return i;
        }

        void write(DataOutputStream out, T value) throws IOException {
            varint(out, indexOf(value));
        }

        List<T> inOrder() {
            return order;
        }
    }

    private static final class Strings extends Table<String> {
    }

    private static final class Mentions extends Table<ActorMention> {
    }

    private record Reader(DataInputStream in, String[] strings, List<ActorMention> mentionTable) {

        void readMentionTable() throws IOException {
            int n = varint(in);
            for (int i = 0; i < n; i++) {
                mentionTable.add(mention());
            }
        }

        ActorMention tableMention() throws IOException {
            int i = varint(in);
            if (i >= mentionTable.size()) {
                throw new IOException("mention " + i + " outside the table of " + mentionTable.size());
            }
            return mentionTable.get(i);
        }

        String string() throws IOException {
            int i = varint(in);
            if (i >= strings.length) {
                throw new IOException("string " + i + " outside the table of " + strings.length);
            }
            return strings[i];
        }

        TextSpan span() throws IOException {
            int start = varint(in);
            return new TextSpan(start, start + varint(in));
        }

        ActorMention mention() throws IOException {
            return new ActorMention(string(), span(), ActorKind.valueOf(string()), string(), string(), string(),
                    string(), string());
        }

        List<ActorMention> mentions() throws IOException {
            int n = varint(in);
            List<ActorMention> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(tableMention());
            }
            return out;
        }

        Optional<ActorMention> optionalMention() throws IOException {
            int i = varint(in);
            if (i == 0) {
                return Optional.empty();
            }
            if (i > mentionTable.size()) {
                throw new IOException("mention " + (i - 1) + " outside the table of " + mentionTable.size());
            }
            return Optional.of(mentionTable.get(i - 1));
        }

        TimeValue time() throws IOException {
            LocalDate start = LocalDate.ofEpochDay(unzigzag(varint(in)));
            LocalDate end = start.plusDays(varint(in));
            Granularity granularity = Granularity.valueOf(string());
            LocalTime startTime = minuteOfDay(varint(in));
            LocalTime endTime = minuteOfDay(varint(in));
            return new TimeValue(start, end, granularity, startTime, endTime, TimeValue.Openness.valueOf(string()));
        }

        private static LocalTime minuteOfDay(int stored) {
            return stored == 0 ? null : LocalTime.ofSecondOfDay((stored - 1) * 60L);
        }

        Report report(String documentKey, OptionalLong documentId) throws IOException {
            String sourceId = string();
            int paragraph = varint(in);
            EventSource source = new EventSource(documentKey, documentId, sourceId, paragraph, span(), span(), span(),
                    string(), string());
            TimeValue time = time();
            String label = string();
            EventCategory category = EventCategory.valueOf(string());
            List<ActorMention> actors = mentions();
            Optional<ActorMention> subject = optionalMention();
            Optional<ActorMention> place = optionalMention();
            int heads = varint(in);
            List<String> headWords = new ArrayList<>(heads);
            for (int i = 0; i < heads; i++) {
                headWords.add(string());
            }
            int words = varint(in);
            Set<String> contentWords = new LinkedHashSet<>();
            for (int i = 0; i < words; i++) {
                contentWords.add(string());
            }
            return new Report(source, time, label, category, actors, subject, place, headWords, contentWords);
        }
    }
}
