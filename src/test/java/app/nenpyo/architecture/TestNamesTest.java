package app.nenpyo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The rule that keeps every test of the project running in {@code mvn verify}. A class holds tests when it or
 * a class it extends declares a test method; one whose tests are all in {@code @Nested} classes (none here) is
 * not seen.
 */
@AnalyzeClasses(packages = "app.nenpyo", importOptions = ImportOption.OnlyIncludeTests.class)
class TestNamesTest {

    /** The annotations that make a method a test for JUnit 5 or jqwik. */
    private static final List<String> TEST_ANNOTATIONS = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "org.junit.jupiter.params.ParameterizedTest",
            "net.jqwik.api.Property",
            "net.jqwik.api.Example");

    private static final DescribedPredicate<JavaClass> HOLD_TESTS = DescribedPredicate.describe("hold tests",
            javaClass -> javaClass.getAllMethods().stream()
                    .anyMatch(method -> TEST_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith))
                    || javaClass.getFields().stream().anyMatch(field -> field.isAnnotatedWith(ArchTest.class)));

    @ArchTest
    static final ArchRule testClassesHaveNamesSurefireRuns = classes()
            .that().areTopLevelClasses().and(HOLD_TESTS)
            .should().haveSimpleNameEndingWith("Test")
            .orShould().haveSimpleNameEndingWith("Tests")
            .orShould().haveSimpleNameEndingWith("Properties")
            .orShould().haveSimpleNameStartingWith("Test")
            .because("Surefire runs only the class names pom.xml includes (Test*, *Test, *Tests, *Properties):"
                    + " a class named otherwise compiles and never runs, as six property classes did for three days");
}
