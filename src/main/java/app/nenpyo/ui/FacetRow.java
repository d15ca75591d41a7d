package app.nenpyo.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One value of a filter facet (an actor, a category, a document) with the number of events that
 * have it and whether the analyst ticked it. Ticking lives here, not in a list control, so a
 * search over the list never loses what was ticked.
 */
public final class FacetRow {
    private final String key;
    private final String label;
    private final int count;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

    FacetRow(String key, String label, int count) {
        this.key = key;
        this.label = label;
        this.count = count;
    }

    /** What the filter holds: the actor's name, the category's constant, the document id. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public int count() {
        return count;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    @Override
    public String toString() {
        return label + " (" + count + ")";
    }
}
