package app.nenpyo.timeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The timeline package is pure maths. */
@AnalyzeClasses(packages = "app.nenpyo.timeline", importOptions = ImportOption.DoNotIncludeTests.class)
class TimelinePurityTest {

    @ArchTest
    static final ArchRule onlyJdkAndDomain = classes()
            .that().resideInAPackage("app.nenpyo.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "app.nenpyo.timeline..", "app.nenpyo.domain..", "java.lang..", "java.util..", "java.time..")
            .because("the screen and the exporters paint the same display list: layout must not depend on a toolkit"
                    + " (no JavaFX, no AWT font metrics), so it is identical everywhere and tested without a display");
}
