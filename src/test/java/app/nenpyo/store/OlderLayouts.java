package app.nenpyo.store;

import app.nenpyo.domain.Sentence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a project file written by this version back into the layout an older version wrote, to
 * test the upgrade from it: documents and events written by today's code, stored as a version from 7 to 17
 * stored them. Only the steps since version 7 are undone (each one's reverse below).
 */
public final class OlderLayouts {

    private OlderLayouts() {
    }

    public static void downgrade(Path file, int version) {
        if (version < 7 || version >= SchemaMigrator.LATEST) {
            throw new IllegalArgumentException("no way back to version " + version);
        }
        if (version < 16) {
            keepTextWhole(file);
        }
        List<String> statements = new ArrayList<>(List.of("PRAGMA foreign_keys = OFF"));
        if (version < 18) {
            statements.add("ALTER TABLE document_reports DROP COLUMN wider_periods");
        }
        if (version < 17) {
            statements.add("DROP TABLE event_dates_before_joins");
        }
        if (version < 16) {
            statements.add("ALTER TABLE documents DROP COLUMN outside_paragraphs");
            statements.add("ALTER TABLE documents DROP COLUMN sentence_spans");
        }
        if (version < 15) {
            statements.add("DROP TABLE added_reports");
        }
        if (version < 14) {
            statements.add("DROP TABLE event_joins");
        }
        if (version < 13) {
            statements.add("DROP TABLE event_dates");
            statements.add("DROP TABLE event_kept_apart");
            statements.add("ALTER TABLE document_reports DROP COLUMN outdated");
        }
        if (version < 12) {
            statements.add("DROP TABLE event_overrides");
            statements.add("DROP TABLE event_override_days");
            statements.add("DROP TABLE event_labels");
        }
        if (version < 11) {
            statements.add("DROP INDEX documents_listed");
        }
        if (version < 10) {
            statements.addAll(List.of(EVENTS_BY_ID));
        }
        if (version < 9) {
            statements.add("ALTER TABLE event_summary_page_spans DROP COLUMN stamp");
        }
        if (version < 8) {
            statements.add("DROP TABLE event_summary_page_spans");
        }
        statements.add("PRAGMA user_version = " + version);
        Sql.execute(file, statements.toArray(String[]::new));
    }

    /** The reverse of {@link Migration16TextKeptOnce}'s writing: every document's whole text in its row, a row per sentence. */
    private static void keepTextWhole(Path file) {
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, List<Sentence>> sentences = new LinkedHashMap<>();
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            for (long id : Sql.longs(file, "SELECT id FROM documents WHERE sentence_spans IS NOT NULL OR outside_paragraphs IS NOT NULL")) {
                texts.put(id, db.text(id));
                sentences.put(id, db.sentences(id));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement text = c.prepareStatement(
                     "UPDATE documents SET text = ?, outside_paragraphs = NULL, sentence_spans = NULL WHERE id = ?");
             PreparedStatement sentence = c.prepareStatement(
                     "INSERT INTO sentences (document, paragraph, number, span_start, span_end) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, String> e : texts.entrySet()) {
                text.setString(1, e.getValue());
                text.setLong(2, e.getKey());
                text.executeUpdate();
                for (Sentence s : sentences.get(e.getKey())) {
                    sentence.setLong(1, e.getKey());
                    sentence.setInt(2, s.paragraphNumber());
                    sentence.setInt(3, s.number());
                    sentence.setInt(4, s.span().start());
                    sentence.setInt(5, s.span().end());
                    sentence.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reverse of {@link Migration10EventNumbers}: events keyed by id, sources and actor links by event id. */
    private static final String[] EVENTS_BY_ID = {
            """
            CREATE TABLE id_events (
                id            TEXT PRIMARY KEY,
                start_date    TEXT NOT NULL,
                end_date      TEXT NOT NULL,
                start_time    TEXT,
                end_time      TEXT,
                granularity   TEXT NOT NULL,
                openness      TEXT NOT NULL,
                label         TEXT NOT NULL,
                place         TEXT NOT NULL,
                category      TEXT NOT NULL,
                background    INTEGER NOT NULL,
                merge_reasons TEXT NOT NULL,
                fingerprint   TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID""",
            """
            INSERT INTO id_events SELECT id, start_date, end_date, start_time, end_time, granularity, openness, label, place,
                                         category, background, merge_reasons, fingerprint FROM events""",
            """
            CREATE TABLE id_event_actors (
                event    TEXT NOT NULL REFERENCES id_events(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                actor    TEXT NOT NULL REFERENCES actors(key),
                PRIMARY KEY (event, position)
            ) WITHOUT ROWID""",
            "INSERT INTO id_event_actors SELECT e.id, a.position, a.actor FROM event_actors a JOIN events e ON e.number = a.event",
            """
            CREATE TABLE id_event_sources (
                event            TEXT NOT NULL REFERENCES id_events(id) ON DELETE CASCADE,
                position         INTEGER NOT NULL,
                id               TEXT NOT NULL,
                document         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                paragraph        INTEGER NOT NULL,
                sentence_start   INTEGER NOT NULL,
                sentence_end     INTEGER NOT NULL,
                clause_start     INTEGER NOT NULL,
                clause_end       INTEGER NOT NULL,
                expression_start INTEGER NOT NULL,
                expression_end   INTEGER NOT NULL,
                expression_text  TEXT NOT NULL,
                background       TEXT NOT NULL,
                PRIMARY KEY (event, position)
            ) WITHOUT ROWID""",
            """
            INSERT INTO id_event_sources SELECT e.id, s.position, s.id, s.document, s.paragraph, s.sentence_start,
                   s.sentence_end, s.clause_start, s.clause_end, s.expression_start, s.expression_end, s.expression_text,
                   s.background FROM event_sources s JOIN events e ON e.number = s.event""",
            "DROP TABLE event_sources",
            "DROP TABLE event_actors",
            "DROP TABLE events",
            "ALTER TABLE id_events RENAME TO events",
            "ALTER TABLE id_event_actors RENAME TO event_actors",
            "ALTER TABLE id_event_sources RENAME TO event_sources"};
}
