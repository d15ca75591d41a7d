package app.nenpyo.service;

import app.nenpyo.domain.Event;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's post imported into a project, and the labels of the sample's events that tests of
 * the analyst's corrections touch (the golden sample test lists every event the sample gives).
 */
public final class SampleProject {

    /** The demo's post. */
    public static final Path SAMPLE = Path.of("assets", "samples", SampleFiles.NAME);
    /** The Geneva talks of 10 January, reported three times. */
    public static final String TALKS = "米露協議がジュネーブで開始";
    /** The working dinner the evening before the talks. */
    public static final String DINNER = "シャーマン米国務副長官がジュネーブでリャブコフ外務次官と会談";
    /** Russia's statement of 9 January. */
    public static final String NO_CONCESSIONS = "ロシアが譲歩しないと表明";
    /** The 8,000 detained, a figure of its own day beside the 5,800. */
    public static final String DETAINED = "内務省が8000人拘束と発表";

    private SampleProject() {
    }

    /** Imports the demo's post into {@code project} with the default options. */
    public static void importSample(ProjectService project) throws ProjectException {
        project.importFiles(List.of(SAMPLE), ImportOptions.defaults(), ImportProgress.NONE, new Cancellation());
    }

    /** A new project at {@code file} holding the demo's post, closed again. */
    public static Path sampleProject(Path file) throws ProjectException {
        try (ProjectService p = ProjectService.open(file)) {
            importSample(p);
        }
        return file;
    }

    /** The project's event with this label. */
    public static Event labelled(ProjectService project, String label) {
        List<Event> events = project.events();
        return events.stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no event labelled " + label + " in " + events.stream().map(Event::label).toList()));
    }
}
