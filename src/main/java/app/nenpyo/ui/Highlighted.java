package app.nenpyo.ui;

import app.nenpyo.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into runs that are or are not part of a search hit, ready to become styled Text
 * nodes. Hit spans may overlap or run past the text (a stale index); they are merged and clipped.
 */
public record Highlighted(List<Run> runs) {

    public record Run(String text, boolean hit) {
    }

    public Highlighted {
        runs = List.copyOf(runs);
    }

    public static Highlighted of(String text, List<TextSpan> hits) {
        List<TextSpan> sorted = hits.stream().sorted().toList();
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (TextSpan hit : sorted) {
            int start = Math.max(position, Math.min(hit.start(), text.length()));
            int end = Math.min(hit.end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > position) {
                runs.add(new Run(text.substring(position, start), false));
                runs.add(new Run(text.substring(start, end), true));
            } else if (!runs.isEmpty() && runs.get(runs.size() - 1).hit()) {
                // touching hits read as one
                Run previous = runs.remove(runs.size() - 1);
                runs.add(new Run(previous.text() + text.substring(start, end), true));
            } else {
                runs.add(new Run(text.substring(start, end), true));
            }
            position = end;
        }
        if (position < text.length()) {
            runs.add(new Run(text.substring(position), false));
        }
        return new Highlighted(runs);
    }

    public boolean hasHits() {
        return runs.stream().anyMatch(Run::hit);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
