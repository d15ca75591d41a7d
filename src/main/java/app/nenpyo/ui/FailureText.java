package app.nenpyo.ui;

import app.nenpyo.service.ImportReport;
import app.nenpyo.service.ProjectOwnFiles;
import app.nenpyo.service.ProjectService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an input could not be imported, in the window's language. The reasons are written once, in
 * English, for the command line (and scripts that read it); the Japanese window says the ones it
 * knows in Japanese, with their numbers and names, and shows any other as it is.
 *
 * <pre>{@code
 * FailureText.of(new ImportReport.Failure("a.txt", "empty file"), Messages.of(Language.JAPANESE));
 * // a.txt: 空のファイルです
 * FailureText.of(new ImportReport.Failure("b.bin", "binary file, not text (12 control bytes)"), japanese);
 * // b.bin: テキストではなくバイナリファイルです（制御バイト 12 個）
 * }</pre>
 */
final class FailureText {

    /** A reason as the ingest layer writes it, and the message that says it; its groups are the message's arguments. */
    private record Known(Pattern reason, String messageKey, boolean translateLastGroup) {
        Known(String regex, String messageKey) {
            this(Pattern.compile(regex), messageKey, false);
        }

        Known(String regex, String messageKey, boolean translateLastGroup) {
            this(Pattern.compile(regex), messageKey, translateLastGroup);
        }
    }

    private static final List<Known> REASONS = List.of(
            new Known("empty file", "failure.emptyFile"),
            new Known("no text \\(only whitespace\\)", "failure.onlyWhitespace"),
            new Known("binary file, not text \\(NUL byte at byte offset (\\d+)\\)", "failure.binaryNul"),
            new Known("binary file, not text \\((\\d+) control bytes\\)", "failure.binaryControls"),
            new Known("looks like UTF-16 without a byte-order mark.*", "failure.utf16WithoutBom"),
            new Known("invalid (\\S+) byte sequence at byte offset (\\d+) \\(the rest of the file is UTF-8\\)", "failure.invalidBytesInUtf8"),
            new Known("invalid (\\S+) byte sequence at byte offset (\\d+) \\(the text before it is \\S+\\)", "failure.invalidBytesAfterText"),
            new Known("invalid (\\S+) byte sequence at byte offset (\\d+).*", "failure.invalidBytes"),
            new Known("cannot detect the encoding: it is none of .* \\(detector: no answer\\)", "failure.encodingNoneOf"),
            new Known("cannot detect the encoding: it is none of .* \\(detector: (.*)\\)", "failure.encodingNoneOfGuessed"),
            new Known("cannot detect the encoding: too little text to tell Shift_JIS from EUC-JP.*", "failure.encodingTooLittle"),
            // a reason the window does not know yet: the fact in Japanese rather than the detail in English
            new Known("cannot detect the encoding.*", "failure.encoding"),
            new Known("no such file or folder", "failure.noSuchPath"),
            new Known("no such file", "failure.noSuchFile"),
            new Known("not a regular file", "failure.notRegular"),
            new Known(Pattern.quote(ProjectOwnFiles.REASON), "failure.projectOwn"),
            new Known("file too large: (\\d+) bytes, the limit is (\\d+) bytes", "failure.tooLarge"),
            new Known("export file without entries", "failure.noEntries"),
            new Known("empty BODY", "failure.emptyBody"),
            new Known("the link leads nowhere \\((.*)\\)", "failure.brokenLink"),
            new Known("the folder holds no supported files \\((.*)\\)", "failure.noSupportedFiles"),
            new Known("cannot read the file: (.*)", "failure.cannotRead", true),
            new Known("cannot read: (.*)", "failure.cannotRead", true),
            new Known("cannot list the folder: (.*)", "failure.cannotList", true),
            new Known("cannot follow the link: (.*)", "failure.cannotFollow", true),
            new Known("could not be read: (.*)", "failure.entryUnreadable"),
            new Known("cannot write \\((.*)\\)", "failure.cannotWrite", true));

    /** Why the file system refused, as {@code FileErrorReason} says it. */
    private static final List<Known> FILE_SYSTEM = List.of(
            new Known("permission denied", "failure.why.permission"),
            new Known("no such file", "failure.why.noSuchFile"),
            new Known("the folder does not exist", "failure.why.noFolder"),
            new Known("it is a folder", "failure.why.isFolder"),
            new Known("a part of the path is not a folder", "failure.why.notFolder"),
            new Known("the links make a loop", "failure.why.loop"),
            new Known("input/output error", "failure.why.io"),
            new Known("the disk is full", "failure.why.full"),
            new Known("the disk quota is used up", "failure.why.quota"),
            new Known("the disk is read-only", "failure.why.readOnly"),
            new Known("the name is too long", "failure.why.longName"));

    /** Why a project could not be opened, read or written, as the store and the service say it. */
    private static final List<Known> PROJECT = List.of(
            new Known("the project is being written by another process", "failure.project.busy"),
            new Known("the project file or its folder is read-only", "failure.project.readOnlyFileOrFolder"),
            new Known("the project file is read-only", "failure.project.readOnly"),
            new Known("the folder is read-only \\(a project needs to write next to its file\\)", "failure.project.folderReadOnly"),
            new Known("the project file is corrupt", "failure.project.corrupt"),
            new Known("the file cannot be opened \\(missing folder or no permission\\)", "failure.project.cannotOpen"),
            new Known("the file cannot be read \\(no permission\\)", "failure.project.noPermission"),
            new Known("not an SQLite database \\(not a Nenpyo project file\\)", "failure.project.notNenpyo"),
            new Known("not an SQLite database", "failure.project.notSqlite"),
            new Known("an SQLite database of another application, not a Nenpyo project", "failure.project.otherApplication"),
            new Known("the project was written by a newer version of Nenpyo \\(schema (\\d+), this version knows up to (\\d+)\\); "
                    + "it was left unchanged", "failure.project.newer"),
            new Known("input/output error while accessing the file", "failure.project.io"),
            new Known("is a folder, not a project file", "failure.project.isFolder"),
            new Known("no such project file", "failure.project.missing"),
            new Known("empty file, not a Nenpyo project", "failure.project.empty"),
            new Known("the project is closed", "failure.project.closed"),
            new Known(Pattern.quote(ProjectService.READ_ONLY), "failure.project.openReadOnly"),
            new Known("the project was changed by another program while it was open read-only; open it again",
                    "failure.project.changedWhileRead"),
            new Known("the project was written by an older version of Nenpyo and must be upgraded, which opening it read-only cannot do",
                    "failure.project.olderReadOnly"),
            new Known("the disk is full", "failure.why.full"),
            new Known("the folder does not exist", "failure.why.noFolder"),
            new Known("database error: (.*)", "failure.project.database"));

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    private static final int MAX_LONG_DIGITS = 19;

    private FailureText() {
    }

    /** {@code FILE: reason}, the reason in the window's language when it is one the window knows. */
    static String of(ImportReport.Failure failure, Messages messages) {
        if (messages.language() != Language.JAPANESE) {
            return failure.message();
        }
        return failure.origin() + ": " + said(failure.reason(), REASONS, messages);
    }

    /**
     * A one-line message {@code FILE: reason} (an export that could not write its file, a project
     * that could not be opened or written), the reason in the window's language when it is one the
     * window knows; the file is whatever comes before the first {@code ": "} after which a known
     * reason follows, so a path that holds {@code ": "} stays whole.
     */
    static String ofLine(String line, Messages messages) {
        if (messages.language() != Language.JAPANESE) {
            return line;
        }
        for (int at = line.indexOf(": "); at >= 0; at = line.indexOf(": ", at + 1)) {
            String reason = line.substring(at + 2);
            String said = reason(reason, messages);
            if (!said.equals(reason)) {
                return line.substring(0, at) + ": " + said;
            }
        }
        return reason(line, messages);
    }

    /** A reason alone (the project's events could not be merged: why), in the window's language when it is known. */
    static String reason(String reason, Messages messages) {
        if (messages.language() != Language.JAPANESE) {
            return reason;
        }
        String said = said(reason, REASONS, messages);
        return said.equals(reason) ? said(reason, PROJECT, messages) : said;
    }

    private static String said(String reason, List<Known> known, Messages messages) {
        for (Known k : known) {
            Matcher m = k.reason().matcher(reason);
            if (m.matches()) {
                Object[] arguments = new Object[m.groupCount()];
                for (int g = 1; g <= m.groupCount(); g++) {
                    String value = m.group(g);
                    // numbers are written the window's way: 629,145,600 バイト, not 629145600
                    arguments[g - 1] = k.translateLastGroup() && g == m.groupCount() ? said(value, FILE_SYSTEM, messages)
                            : WHOLE_NUMBER.matcher(value).matches() && value.length() < MAX_LONG_DIGITS ? (Object) Long.valueOf(value) : value;
                }
                return messages.format(k.messageKey(), arguments);
            }
        }
        return reason;
    }
}
