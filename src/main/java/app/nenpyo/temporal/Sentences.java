package app.nenpyo.temporal;

import app.nenpyo.domain.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence bounds for the finder when the caller gives none: a sentence ends after 。！？!? or at
 * a line break. "協議は10日に始まった。その後…" → [0,13) [13,…).
 */
final class Sentences {
    private Sentences() {
    }

    static List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?' || ch == '\n') {
                out.add(new TextSpan(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new TextSpan(start, n));
        }
        return out;
    }

    /** The given sentences in order, clipped to the text, with the gaps between them added. */
    static List<TextSpan> cover(List<TextSpan> sentences, int length) {
        List<TextSpan> sorted = new ArrayList<>(sentences);
        sorted.sort(null);
        List<TextSpan> out = new ArrayList<>();
        int at = 0;
        for (TextSpan s : sorted) {
            int st = Math.min(Math.max(s.start(), at), length);
            int en = Math.min(s.end(), length);
            if (st > at) {
                out.add(new TextSpan(at, st));
            }
            if (en > st) {
                out.add(new TextSpan(st, en));
                at = en;
            } else {
                at = Math.max(at, st);
            }
        }
        if (at < length) {
            out.add(new TextSpan(at, length));
        }
        return out;
    }
}
