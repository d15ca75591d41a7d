package app.nenpyo.ingest;

import org.mozilla.universalchardet.UniversalDetector;
import org.mozilla.universalchardet.prober.CharsetProber;
import org.mozilla.universalchardet.prober.EUCJPProber;
import org.mozilla.universalchardet.prober.SJISProber;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Detects a file's encoding with juniversalchardet and decodes it strictly: an invalid byte
 * sequence is an error naming the encoding and the byte offset, never a silent U+FFFD.
 *
 * <p>Supported: UTF-8 (with or without BOM), UTF-16LE/BE with BOM, Shift_JIS (decoded as
 * windows-31j so that CP932 extensions such as ①, ㈱ and the NEC/IBM kanji work), EUC-JP,
 * ISO-2022-JP, and plain ASCII.
 *
 * <p>Known weaknesses of the detector, and how they are handled:
 * <ul>
 *   <li>On a very short Shift_JIS or EUC-JP text (one line, a dozen characters) the detector
 *       answers nothing, or a single-byte charset such as TIS620 or WINDOWS-1252. We then ask its
 *       Shift_JIS and EUC-JP probers directly: from a couple of short lines on they tell the two
 *       apart with confidence. Below that, we keep the only one of the two that decodes without
 *       error; when both decode, the text is too short to tell and the file is refused as
 *       undetectable rather than guessed.</li>
 *   <li>A UTF-8 file with one invalid byte makes the detector give up on UTF-8 (it answers
 *       nothing, or another charset). When the bytes are otherwise well-formed UTF-8 we report
 *       the invalid sequence and its offset instead of decoding the file as something else.</li>
 *   <li>UTF-16 without a BOM is not detected (the detector mistakes it for GB18030 or UTF-8);
 *       such files are refused as binary because of their NUL bytes.</li>
 *   <li>A damaged Shift_JIS or EUC-JP file (one invalid sequence) also makes the detector give
 *       up. When the detector's prober for one of them is confident about the bytes before the
 *       first invalid sequence, we report that sequence and its offset in that encoding.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
    private static final int DETECTOR_CHUNK = 64 * 1024;
    /** How far the NUL bytes of a file are looked at to tell UTF-16 from binary: a few lines of text. */
    private static final int UTF16_SNIFF_BYTES = 1024;
    private static final float PROBER_CONFIDENCE = 0.3f;
    private static final float DAMAGED_CONFIDENCE = 0.5f;
    private static final int CLEARLY_UTF8_CHARACTERS = 8;

    private enum Encoding {
        UTF_8("UTF-8", StandardCharsets.UTF_8),
        UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE),
        UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE),
        SHIFT_JIS("Shift_JIS", WINDOWS_31J),
        EUC_JP_("EUC-JP", EUC_JP),
        ISO_2022_JP_("ISO-2022-JP", ISO_2022_JP),
        US_ASCII("US-ASCII", StandardCharsets.US_ASCII);

        final String label;
        final Charset charset;

        Encoding(String label, Charset charset) {
            this.label = label;
            this.charset = charset;
        }

        static Optional<Encoding> ofDetectorName(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.toUpperCase(Locale.ROOT)) {
                case "UTF-8" -> Optional.of(UTF_8);
                case "UTF-16LE" -> Optional.of(UTF_16LE);
                case "UTF-16BE" -> Optional.of(UTF_16BE);
                case "SHIFT_JIS", "WINDOWS-31J", "CP932" -> Optional.of(SHIFT_JIS);
                case "EUC-JP" -> Optional.of(EUC_JP_);
                case "ISO-2022-JP" -> Optional.of(ISO_2022_JP_);
                case "US-ASCII" -> Optional.of(US_ASCII);
                default -> Optional.empty();
            };
        }
    }

    /**
     * @param file only used in error messages
     * @throws IngestException for an empty, binary, undetectable or invalid file
     */
    public DecodedText decode(Path file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IngestException(file, "empty file");
        }
        Optional<Encoding> bom = byteOrderMark(bytes);
        int skip = bom.isPresent() ? (bom.get() == Encoding.UTF_8 ? 3 : 2) : 0;
        if (bom.isEmpty() || bom.get() == Encoding.UTF_8) {
            rejectBinary(file, bytes);
            if (isClearlyUtf8(bytes, skip)) {
                return nonBlank(file, wellFormedUtf8(bytes, skip), Encoding.UTF_8);
            }
        }
        String detected = detect(bytes);
        Encoding encoding = bom.or(() -> Encoding.ofDetectorName(detected))
                .orElseGet(() -> fallback(file, bytes, detected));
        return nonBlank(file, decodeStrictly(file, bytes, skip, encoding), encoding);
    }

    private static DecodedText nonBlank(Path file, String text, Encoding encoding) {
        if (text.isBlank()) {
            throw new IngestException(file, "no text (only whitespace)");
        }
        return new DecodedText(text, encoding.label);
    }

    /**
     * Well-formed UTF-8 holding at least {@link #CLEARLY_UTF8_CHARACTERS} three-byte characters
     * (kana, kanji): Shift_JIS and EUC-JP byte pairs line up as valid UTF-8 for a few characters
     * at most, so such a file is UTF-8 without asking the detector, which costs more than
     * decoding (most clippings are UTF-8). Anything else goes to the detector.
     */
    private static boolean isClearlyUtf8(byte[] b, int from) {
        int wide = 0;
        int i = from;
        while (i < b.length) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int length = utf8SequenceLength(b, i);
            if (length == 0) {
                return false;
            }
            if (length == 3) {
                wide++;
            }
            i += length;
        }
        return wide >= CLEARLY_UTF8_CHARACTERS;
    }

    /**
     * Bytes known to be well-formed UTF-8, decoded into a buffer of exactly the characters they
     * hold: {@code new String(bytes, UTF_8)} first allocates two bytes per input byte, so a
     * 100 MB file of Japanese took 370 MB at the peak instead of 240.
     */
    private static String wellFormedUtf8(byte[] bytes, int from) {
        int characters = 0;
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                // a four-byte sequence is a surrogate pair
                characters += b >= 0xF0 ? 2 : 1;
            }
        }
        CharBuffer text = CharBuffer.allocate(characters);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from), text, true);
        if (result.isError() || result.isOverflow() || decoder.flush(text).isError()) {
            throw new IllegalStateException("checked as well-formed UTF-8, yet it does not decode: " + result);
        }
        return new String(text.array(), 0, text.position());
    }

    private static Optional<Encoding> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(Encoding.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(Encoding.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(Encoding.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Text in our encodings never holds NUL, and only a few control characters. */
    private static void rejectBinary(Path file, byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IngestException(file, looksLikeUtf16(bytes)
                        ? "looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with a byte-order mark"
                        : "binary file, not text (NUL byte at byte offset " + i + ")");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != 0x1A) {
                controls++;
            }
        }
        if (controls > Math.max(8, bytes.length / 100)) {
            throw new IngestException(file, "binary file, not text (" + controls + " control bytes)");
        }
    }

    /**
     * Whether the start reads as UTF-16 text: its NUL bytes fall mostly on even or mostly on odd
     * offsets, as the zero half of the ASCII characters (digits, line breaks) does, and read in
     * that byte order it holds no control character; a binary file's NULs fall on both. A few
     * NULs on the other side are kanji (一 is 4E 00). Such a file cannot be read reliably
     * without its byte-order mark, but we can say what it is.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
        int[] nulsAt = new int[2];
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                nulsAt[i % 2]++;
            }
        }
        int highBytesZero = Math.max(nulsAt[0], nulsAt[1]);
        if (highBytesZero < 2 || Math.min(nulsAt[0], nulsAt[1]) * 4 > highBytesZero) {
            return false;
        }
        // ASCII in UTF-16LE has its zero byte second (odd offsets), in UTF-16BE first
        Charset order = nulsAt[1] > nulsAt[0] ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        return new String(bytes, 0, length, order).chars()
                .noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        for (int at = 0; at < bytes.length && !detector.isDone(); at += DETECTOR_CHUNK) {
            detector.handleData(bytes, at, Math.min(DETECTOR_CHUNK, bytes.length - at));
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Encoding fallback(Path file, byte[] bytes, String detected) {
        firstInvalidUtf8OfMostlyUtf8(bytes).ifPresent(offset -> {
            throw new IngestException(file, "invalid UTF-8 byte sequence at byte offset " + offset
                    + " (the rest of the file is UTF-8)");
        });
        List<Encoding> decodable = new ArrayList<>();
        Encoding damaged = null;
        int damagedAt = -1;
        float damagedConfidence = 0;
        for (Encoding candidate : List.of(Encoding.SHIFT_JIS, Encoding.EUC_JP_)) {
            int error = firstError(bytes, candidate.charset);
            if (error < 0) {
                decodable.add(candidate);
            } else if (error > 0) {
                // the detector's own prober, on the bytes before the error, says whether the file is this encoding, damaged
                float before = confidence(candidate == Encoding.SHIFT_JIS ? SJISProber::new : EUCJPProber::new,
                        Arrays.copyOf(bytes, error));
                if (before > damagedConfidence) {
                    damaged = candidate;
                    damagedAt = error;
                    damagedConfidence = before;
                }
            }
        }
        float sjis = confidence(SJISProber::new, bytes);
        float eucJp = confidence(EUCJPProber::new, bytes);
        Encoding likelier = sjis >= eucJp ? Encoding.SHIFT_JIS : Encoding.EUC_JP_;
        if (Math.max(sjis, eucJp) >= PROBER_CONFIDENCE && decodable.contains(likelier)) {
            return likelier;
        }
        if (decodable.size() == 1) {
            return decodable.get(0);
        }
        if (decodable.isEmpty() && damaged != null && damagedConfidence >= DAMAGED_CONFIDENCE) {
            throw new IngestException(file, "invalid " + damaged.label + " byte sequence at byte offset " + damagedAt
                    + " (the text before it is " + damaged.label + ")");
        }
        String said = detected == null ? "no answer" : detected;
        String why = decodable.isEmpty()
                ? "it is none of UTF-8, UTF-16 with BOM, Shift_JIS, EUC-JP, ISO-2022-JP"
                : "too little text to tell Shift_JIS from EUC-JP";
        throw new IngestException(file, "cannot detect the encoding: " + why + " (detector: " + said + ")");
    }

    private static float confidence(Supplier<CharsetProber> prober, byte[] bytes) {
        CharsetProber p = prober.get();
        p.handleData(bytes, 0, bytes.length);
        return p.getConfidence();
    }

    /**
     * The offset of the first malformed sequence, when the other non-ASCII bytes are almost all
     * well-formed UTF-8 (so the file is UTF-8 with a defect, not another encoding).
     */
    static Optional<Integer> firstInvalidUtf8OfMostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int firstInvalid = -1;
        boolean previousInvalid = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                previousInvalid = false;
                i++;
                continue;
            }
            int length = utf8SequenceLength(b, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                // one damaged spot often spans several bytes: count it once
                if (i == 0 || !previousInvalid) {
                    invalid++;
                }
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                previousInvalid = true;
                i++;
                continue;
            }
            previousInvalid = false;
        }
        return invalid > 0 && valid >= 4 && valid >= 5 * invalid ? Optional.of(firstInvalid) : Optional.empty();
    }

    private static int utf8SequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int length;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int cp = c & (0x3F >> (length - 1));
        for (int k = 1; k < length; k++) {
            int t = b[i + k] & 0xFF;
            if ((t & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (t & 0x3F);
        }
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return cp >= min && cp <= 0x10FFFF && !surrogate ? length : 0;
    }

    /** The byte offset of the first invalid sequence, or -1 when the bytes decode cleanly. */
    private static int firstError(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharsetDecoder decoder = strictDecoder(charset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            out.clear();
            return decoder.flush(out).isError() ? in.position() : -1;
        }
    }

    private static String decodeStrictly(Path file, byte[] bytes, int skip, Encoding encoding) {
        // ASCII is a subset of UTF-8; decoding it as UTF-8 reports a stray high byte the same way
        Charset charset = encoding == Encoding.US_ASCII ? StandardCharsets.UTF_8 : encoding.charset;
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - skip) * (double) decoder.averageCharsPerByte()) + 16));
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        boolean flushing = false;
        while (true) {
            CoderResult result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
            if (result.isError()) {
                throw new IngestException(file, "invalid " + encoding.label + " byte sequence at byte offset "
                        + in.position() + " (" + result.length() + " byte" + (result.length() == 1 ? "" : "s") + ")");
            }
            out.flip();
            text.append(out);
            out.clear();
            if (result.isUnderflow()) {
                if (flushing) {
                    return text.toString();
                }
                flushing = true;
            }
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
