package app.nenpyo.export;

/**
 * A picture of the whole project was asked for, and no event is on its timeline (none at all,
 * or none in the lanes kept): there is no time to draw, and a picture of some other time would
 * mislead.
 */
public final class NothingToExport extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    NothingToExport(boolean lanesKept) {
        super(lanesKept ? "nothing to export: no event of the timeline is in the lanes kept"
                : "nothing to export: the project has no event on its timeline");
    }
}
