package app.nenpyo.store;

/**
 * Gives every event a number ({@code events.number}, its row id), given in the order events are
 * written, and links sources and actors to events by that number instead of by the text id; the id
 * stays, unique, for lookups. The three tables were clustered by id, a hash: each window of a merge
 * wrote its events, sources and links all over tables larger than the page cache (SQLite wrote 6 GB
 * for a 2 GB project of 436,000 events). Now each is written where the last one ended. Events are
 * numbered here in time order and the rows copied, so nothing has to be merged again, unless the
 * copy meets a row it cannot keep (a source or link of no event) or one naming no actor or document:
 * the events are then marked stale and merged again from the documents when the project opens.
 * Decision 0015.
 */
final class Migration10EventNumbers extends Migration {

    static final int VERSION = 10;

    Migration10EventNumbers() {
        super(VERSION,
                """
                    CREATE TABLE numbered_events (
                        number        INTEGER PRIMARY KEY,
                        id            TEXT NOT NULL UNIQUE,
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
                    )""",
                """
                    INSERT INTO numbered_events (id, start_date, end_date, start_time, end_time, granularity, openness, label,
                                                 place, category, background, merge_reasons, fingerprint)
                    SELECT id, start_date, end_date, start_time, end_time, granularity, openness, label,
                           place, category, background, merge_reasons, fingerprint
                    FROM events ORDER BY start_date, end_date, id""",
                """
                    CREATE TABLE numbered_event_actors (
                        event    INTEGER NOT NULL REFERENCES numbered_events(number) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        actor    TEXT NOT NULL REFERENCES actors(key),
                        PRIMARY KEY (event, position)
                    ) WITHOUT ROWID""",
                """
                    INSERT INTO numbered_event_actors (event, position, actor)
                    SELECT e.number, a.position, a.actor FROM event_actors a JOIN numbered_events e ON e.id = a.event
                    ORDER BY e.number, a.position""",
                """
                    CREATE TABLE numbered_event_sources (
                        event            INTEGER NOT NULL REFERENCES numbered_events(number) ON DELETE CASCADE,
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
                    INSERT INTO numbered_event_sources (event, position, id, document, paragraph, sentence_start, sentence_end,
                                                        clause_start, clause_end, expression_start, expression_end,
                                                        expression_text, background)
                    SELECT e.number, s.position, s.id, s.document, s.paragraph, s.sentence_start, s.sentence_end,
                           s.clause_start, s.clause_end, s.expression_start, s.expression_end, s.expression_text, s.background
                    FROM event_sources s JOIN numbered_events e ON e.id = s.event
                    ORDER BY e.number, s.position""",
                // written without foreign-key checks, these rows were never checked (see the class comment)
                """
                    CREATE TEMP TABLE rows_not_kept AS SELECT
                        (SELECT count(*) FROM event_actors) != (SELECT count(*) FROM numbered_event_actors)
                        OR (SELECT count(*) FROM event_sources) != (SELECT count(*) FROM numbered_event_sources)
                        OR EXISTS (SELECT 1 FROM pragma_foreign_key_check('numbered_event_actors'))
                        OR EXISTS (SELECT 1 FROM pragma_foreign_key_check('numbered_event_sources')) AS found""",
                // stale makes the opening merge; without the registry the last merge stored, it merges every
                // day; without fingerprints, it writes every event again, with its sources and links
                "UPDATE derived_state SET stale = 1 WHERE name = 'events' AND (SELECT found FROM temp.rows_not_kept)",
                "DELETE FROM merge_state WHERE name = 'actor_registry' AND (SELECT found FROM temp.rows_not_kept)",
                "UPDATE numbered_events SET fingerprint = '' WHERE (SELECT found FROM temp.rows_not_kept)",
                "DROP TABLE temp.rows_not_kept",
                "DROP TABLE event_sources",
                "DROP TABLE event_actors",
                "DROP TABLE events",
                // renaming a table rewrites the foreign keys that name it in the other tables
                "ALTER TABLE numbered_events RENAME TO events",
                "ALTER TABLE numbered_event_actors RENAME TO event_actors",
                "ALTER TABLE numbered_event_sources RENAME TO event_sources");
    }

    @Override
    boolean withoutForeignKeyChecks() {
        return true;
    }
}
