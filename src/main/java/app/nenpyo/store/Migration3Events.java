package app.nenpyo.store;

/**
 * Events, their sources (exact spans into their documents), actors with their aliases and the
 * links between events and actors. Events are keyed by their stable ids (derived from content),
 * so an analyst's later corrections can stay attached across re-imports; actors by their
 * canonical keys ({@code person:トカエフ}). A flag says when the events no longer match the
 * documents (an import or a date change committed, but no rebuild yet).
 */
final class Migration3Events extends Migration {

    static final int VERSION = 3;

    Migration3Events() {
        super(VERSION,
                """
                    CREATE TABLE actors (
                        key     TEXT PRIMARY KEY,
                        name    TEXT NOT NULL,
                        kind    TEXT NOT NULL,
                        title   TEXT NOT NULL,
                        country TEXT NOT NULL
                    ) WITHOUT ROWID""",
                """
                    CREATE TABLE actor_aliases (
                        actor    TEXT NOT NULL REFERENCES actors(key) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        surface  TEXT NOT NULL,
                        reason   TEXT NOT NULL,
                        PRIMARY KEY (actor, position)
                    ) WITHOUT ROWID""",
                """
                    CREATE TABLE events (
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
                        merge_reasons TEXT NOT NULL
                    ) WITHOUT ROWID""",
                // the timeline asks for the events of a time window
                "CREATE INDEX events_by_time ON events(start_date, end_date)",
                """
                    CREATE TABLE event_actors (
                        event    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        actor    TEXT NOT NULL REFERENCES actors(key),
                        PRIMARY KEY (event, position)
                    ) WITHOUT ROWID""",
                "CREATE INDEX event_actors_by_actor ON event_actors(actor)",
                """
                    CREATE TABLE event_sources (
                        event            TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
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
                "CREATE INDEX event_sources_by_document ON event_sources(document)",
                // derived data whose inputs changed since it was last rebuilt; a file upgraded with
                // documents but no events yet starts stale, so its events are built when it is opened
                """
                    CREATE TABLE derived_state (
                        name  TEXT PRIMARY KEY,
                        stale INTEGER NOT NULL
                    ) WITHOUT ROWID""",
                "INSERT INTO derived_state (name, stale) VALUES ('events', 1)");
    }
}
