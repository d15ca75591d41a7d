package app.nenpyo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md, each with the reason it exists. */
@AnalyzeClasses(packages = "app.nenpyo", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses()
            .that().resideOutsideOfPackage("app.nenpyo.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the whole core (import, dates, events, layout, export) must run and be tested without a toolkit or a display");

    @ArchTest
    static final ArchRule onlyNlpUsesLucene = noClasses()
            .that().resideOutsideOfPackage("app.nenpyo.nlp..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
            .because("the tokenizer is one replaceable part: everything else sees our own Token records");

    @ArchTest
    static final ArchRule onlyStoreUsesSql = noClasses()
            .that().resideOutsideOfPackage("app.nenpyo.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("all SQL, migrations and transactions live in one place, so the file format has one owner");

    @ArchTest
    static final ArchRule uiGoesThroughTheService = noClasses()
            .that().resideInAPackage("app.nenpyo.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.nenpyo.store..", "app.nenpyo.nlp..", "app.nenpyo.ingest..")
            .because("the window must see the same behaviour as the command line: both go through the service layer");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("view models hold state and validation and are tested without a robot; controls belong to views");

    @ArchTest
    static final ArchRule domainIsPlainJava = classes()
            .that().resideInAPackage("app.nenpyo.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.nenpyo.domain..", "java..")
            .because("the records every layer shares must not drag any library into the layers that use them");

    @ArchTest
    static final ArchRule renderPaintsDisplayListsOnly = classes()
            .that().resideInAPackage("app.nenpyo.render..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "app.nenpyo.render..", "app.nenpyo.timeline..", "app.nenpyo.domain..", "java..")
            .because("exports draw exactly the layout the screen draws: painting computes no geometry and reads no data");

    @ArchTest
    static final ArchRule exportReadsNoProject = noClasses()
            .that().resideInAPackage("app.nenpyo.export..")
            .should().dependOnClassesThat().resideInAnyPackage("app.nenpyo.service..", "app.nenpyo.store..",
                    "app.nenpyo.ui..", "app.nenpyo.cli..", "app.nenpyo.ingest..", "app.nenpyo.nlp..")
            .because("the window and the command line hand export the events they read, so both export the same way");

    @ArchTest
    static final ArchRule onlyExportWritesSvgAndPdf = noClasses()
            .that().resideOutsideOfPackage("app.nenpyo.export..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jfree..", "de.rototor..", "org.apache.pdfbox..", "org.apache.fontbox..")
            .because("the file formats are one replaceable part behind the one Java2D painting path");

    @ArchTest
    static final ArchRule codecIsPlainJava = classes()
            .that().resideInAPackage("app.nenpyo.codec..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.nenpyo.codec..", "java..")
            .because("stored bytes (saved reports, summary pages) must read back the same whatever layer wrote them, so their encoding depends on nothing that could change underneath");

    @ArchTest
    static final ArchRule fileErrorReasonsArePlainJava = classes()
            .that().resideInAPackage("app.nenpyo.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.nenpyo.files..", "java..")
            .because("the window and the command line give the same reasons, so the layers both use must not pull in anything else");

    @ArchTest
    static final ArchRule fieldFormatsArePlainJava = classes()
            .that().resideInAPackage("app.nenpyo.format..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.nenpyo.format..", "java..")
            .because("the command line and the exports write their fields the same way, so the formats both use must not pull in either");

    @ArchTest
    static final ArchRule theCommandLineFormatsItsOwnLinesWithoutTheExports = noClasses()
            .that().resideInAPackage("app.nenpyo.cli..").and().haveSimpleNameNotEndingWith("ExportCommand")
            .and().haveSimpleNameNotEndingWith("EventsCommand")
            .should().dependOnClassesThat().resideInAnyPackage("app.nenpyo.export..")
            .because("only the commands that export use the export layer: the others (dates, ingest, search) write their lines"
                    + " with the shared field formats, so a change to exports cannot change their output");

    @ArchTest
    static final ArchRule noTextDependsOnTheMachinesLocale = noClasses()
            .should().callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .orShould().callMethod(String.class, "toLowerCase")
            .orShould().callMethod(String.class, "toUpperCase")
            .orShould().callMethod(java.io.PrintStream.class, "printf", String.class, Object[].class)
            .orShould().callMethod(java.io.PrintStream.class, "format", String.class, Object[].class)
            .orShould().callMethod(java.io.PrintWriter.class, "printf", String.class, Object[].class)
            .orShould().callMethod(java.io.PrintWriter.class, "format", String.class, Object[].class)
            .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
            .orShould().callConstructor(java.util.Formatter.class)
            .orShould().callMethod(java.text.NumberFormat.class, "getInstance")
            .orShould().callMethod(java.text.NumberFormat.class, "getNumberInstance")
            .because("dates, numbers and names written for other tools, stored or shown must not change with the machine's locale:"
                    + " with ar-SA String.format(\"%04d\", 2022) gives ٢٠٢٢, and with tr-TR \"MILITARY\".toLowerCase() gives mılıtary;"
                    + " say Locale.ROOT, or the language the window speaks");

    @ArchTest
    static final ArchRule noTextIsEncodedInThePlatformsCharset = noClasses()
            .should().callMethod(String.class, "getBytes")
            .orShould().callConstructor(String.class, byte[].class)
            .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
            .orShould().callConstructor(java.io.InputStreamReader.class, java.io.InputStream.class)
            .orShould().callConstructor(java.io.OutputStreamWriter.class, java.io.OutputStream.class)
            .orShould().callConstructor(java.io.FileReader.class, String.class)
            .orShould().callConstructor(java.io.FileReader.class, java.io.File.class)
            .orShould().callConstructor(java.io.FileWriter.class, String.class)
            .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class)
            .orShould().callConstructor(java.io.PrintStream.class, java.io.OutputStream.class, boolean.class)
            .because("Java 17 encodes in the platform's charset by default (MS932 on a Japanese Windows): every byte"
                    + " Nenpyo reads or writes is UTF-8 or detected, never whatever the machine prefers");

    @ArchTest
    static final ArchRule onlyTheWindowAsksForTheMachinesLocale = noClasses()
            .that().resideOutsideOfPackage("app.nenpyo.ui..")
            .should().callMethod(java.util.Locale.class, "getDefault")
            .because("the window chooses its language from it; everything else writes for other tools or for files and must read the same on every machine");

    @ArchTest
    static final ArchRule noCycles = slices()
            .matching("app.nenpyo.(*)..")
            .should().beFreeOfCycles()
            .because("layers depend one way (DESIGN.md): a cycle would make them impossible to test or replace alone");
}
