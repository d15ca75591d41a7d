package app.nenpyo.store;

import app.nenpyo.domain.EventSummary;
import app.nenpyo.store.EventSummaryPages.Page;
import app.nenpyo.store.EventSummaryPages.StoredPage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites only the summary pages that a replacement of the events of some days changes: a page
 * is read when its span holds a replaced day, and written again with the kept summaries merged
 * with the new ones; the others stay as they are, unread, and the new pages are numbered between
 * them. Merging one post into a project of 436,000 events read and wrote all 107 pages.
 *
 * <p>Pages stay at least half full, all but the last: a page under half full is read whenever
 * anything is replaced, and a run of summaries too short for half a page takes in the page after
 * it. So however many imports splice the pages, there are at most about twice as many as a whole
 * write makes.
 *
 * <pre>
 *   pages  [1–3 Jan] [4–9 Jan] [10–20 Jan]      events of 5 Jan replaced, one new on 12 Jan
 *   →      [1–3 Jan] [4–9 Jan]' [10–20 Jan]'    the first kept unread; the others read and written again
 * </pre>
 */
final class PageSplice {

    private final Connection c;
    private final EventTables.Kept kept;
    private final int pageSize;
    private final List<StoredPage> pages;
    /** Which pages are read (and written again): they are decoded when opened and when written, not kept meanwhile. */
    private final boolean[] read;
    /** The stored events on replaced days, and the actors the kept events name, learnt when opened. */
    private final List<String> replacedIds = new ArrayList<>();
    private final Set<String> keptActorKeys = new LinkedHashSet<>();

    private PageSplice(Connection c, EventTables.Kept kept, int pageSize, List<StoredPage> pages) {
        this.c = c;
        this.kept = kept;
        this.pageSize = pageSize;
        this.pages = pages;
        this.read = new boolean[pages.size()];
    }

    /**
     * Reads the pages holding a replaced day (and those under half full). Empty when a page has no
     * span (written before migration 8) or one of another format: then every page is read.
     *
     * @throws EventSummaryPages.UnreadablePages when a page to read cannot be decoded
     */
    static Optional<PageSplice> of(Connection c, EventTables.Kept kept) throws SQLException {
        return of(c, kept, EventSummaryPages.PAGE_SIZE);
    }

    /** The same with pages of another size: tests splice many pages of a few events. */
    static Optional<PageSplice> of(Connection c, EventTables.Kept kept, int pageSize) throws SQLException {
        Optional<List<StoredPage>> spans = EventSummaryPages.spans(c);
        if (spans.isEmpty() || spans.get().stream().anyMatch(p -> p.span().format() != EventSummaryPages.FORMAT)) {
            return Optional.empty();
        }
        PageSplice splice = new PageSplice(c, kept, pageSize, spans.get());
        for (int i = 0; i < splice.pages.size(); i++) {
            StoredPage page = splice.pages.get(i);
            splice.read[i] = page.span().events() < pageSize / 2 || splice.replacesADayOf(page);
            if (!splice.read[i]) {
                splice.keptActorKeys.addAll(page.span().actorKeys());
                continue;
            }
            for (EventSummary e : EventSummaryPages.read(c, page.key())) {
                if (kept.keeps(e.time().start())) {
                    splice.keptActorKeys.addAll(e.actorKeys());
                } else {
                    splice.replacedIds.add(e.id());
                }
            }
        }
        return Optional.of(splice);
    }

    private boolean replacesADayOf(StoredPage page) {
        for (int day = page.span().firstDay(); day <= page.span().lastDay(); day++) {
            if (kept.replaces(day)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the stored events on replaced days: each lies in a page read, its span holding its day. */
    List<String> replacedIds() {
        return replacedIds;
    }

    /**
     * The fingerprint of each of those events, by id, looked up one by one; empty when they are
     * more than a fifth of the events, where reading every event row is quicker.
     */
    Optional<Map<String, String>> replacedFingerprints() throws SQLException {
        long events = pages.stream().mapToLong(p -> p.span().events()).sum();
        if (replacedIds.size() > events / 5) {
            return Optional.empty();
        }
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM events WHERE id = ?")) {
            for (String id : replacedIds) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, rs.getString(1));
                    }
                }
            }
        }
        return Optional.of(out);
    }

    /** Every actor the kept events name: from the spans of the pages not read, and the kept summaries of those read. */
    Set<String> keptActorKeys() {
        return keptActorKeys;
    }

    /**
     * Writes the pages again where the new summaries change them.
     *
     * @param fresh the summaries of the events written for the replaced days, in {@link EventSummaryPages#ORDER}
     */
    void write(List<EventSummary> fresh) throws SQLException {
        List<Long> dropped = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<EventSummary> run = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < pages.size(); i++) {
            StoredPage page = pages.get(i);
            if (!read[i]) {
                // no new day inside an unread page: the new summaries before it come before all of it
                while (next < fresh.size() && EventSummaryPages.day(fresh.get(next)) < page.span().firstDay()) {
                    run.add(fresh.get(next++));
                }
                if (run.isEmpty() || run.size() >= pageSize / 2) {
                    flush(run, slots);
                    slots.add(new Slot(page, null));
                    continue;
                }
            }
            for (EventSummary e : EventSummaryPages.read(c, page.key())) {
                if (kept.keeps(e.time().start())) {
                    while (next < fresh.size() && EventSummaryPages.ORDER.compare(fresh.get(next), e) < 0) {
                        run.add(fresh.get(next++));
                    }
                    run.add(e);
                }
            }
            dropped.add(page.key());
        }
        run.addAll(fresh.subList(next, fresh.size()));
        flush(run, slots);
        store(dropped, slots);
    }

    /** A page in the new order: one kept as stored, or one made now. */
    private record Slot(StoredPage stored, Page made) {
    }

    /** The run as pages of equal size, none over a page. */
    private void flush(List<EventSummary> run, List<Slot> slots) {
        int n = run.size();
        int count = (n + pageSize - 1) / pageSize;
        for (int k = 0; k < count; k++) {
            slots.add(new Slot(null, EventSummaryPages.page(run.subList(n * k / count, n * (k + 1) / count))));
        }
        run.clear();
    }

    private void store(List<Long> dropped, List<Slot> slots) throws SQLException {
        List<Page> made = new ArrayList<>();
        List<StoredPage> numbered = new ArrayList<>();
        for (int i = 0; i < slots.size(); ) {
            if (slots.get(i).made() == null) {
                i++;
                continue;
            }
            int end = i;
            while (end < slots.size() && slots.get(end).made() != null) {
                end++;
            }
            long[] keys = keysBetween(i == 0 ? null : slots.get(i - 1).stored().key(),
                    end == slots.size() ? null : slots.get(end).stored().key(), end - i);
            if (keys == null) {
                rewriteAll(slots);
                return;
            }
            for (int k = i; k < end; k++) {
                Page page = slots.get(k).made();
                made.add(page);
                numbered.add(new StoredPage(keys[k - i], page.span()));
            }
            i = end;
        }
        EventSummaryPages.delete(c, dropped);
        EventSummaryPages.insert(c, made, numbered, true);
    }

    /**
     * Numbers for {@code count} pages between two kept pages (null: none on that side), evenly
     * spread; null when there is no room left between them (after many splices at one place).
     */
    static long[] keysBetween(Long before, Long after, int count) {
        long[] keys = new long[count];
        if (after == null) {
            long from = before == null ? 0 : before;
            for (int k = 0; k < count; k++) {
                keys[k] = from + EventSummaryPages.KEY_SPACING * (k + 1);
            }
            return keys;
        }
        long from = before == null ? after - EventSummaryPages.KEY_SPACING * (count + 1L) : before;
        long step = (after - from) / (count + 1L);
        if (step < 1) {
            return null;
        }
        for (int k = 0; k < count; k++) {
            keys[k] = from + step * (k + 1);
        }
        return keys;
    }

    /** Every page written again, numbered anew: the kept ones' bytes copied as they are. */
    private void rewriteAll(List<Slot> slots) throws SQLException {
        List<Page> all = new ArrayList<>(slots.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM event_summary_pages WHERE page = ?")) {
            for (Slot slot : slots) {
                if (slot.made() != null) {
                    all.add(slot.made());
                    continue;
                }
                ps.setLong(1, slot.stored().key());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new EventSummaryPages.UnreadablePages("no summary page " + slot.stored().key(), null);
                    }
                    all.add(new Page(rs.getBytes(1), slot.stored().span()));
                }
            }
        }
        EventSummaryPages.writePages(c, all);
    }
}
