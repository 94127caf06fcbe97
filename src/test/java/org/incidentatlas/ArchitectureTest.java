package org.incidentatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.incidentatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "org.incidentatlas.model..", "org.incidentatlas.text..", "org.incidentatlas.gazetteer..",
        "org.incidentatlas.geoparse..", "org.incidentatlas.events..", "org.incidentatlas.pipeline..",
        "org.incidentatlas.eval..", "org.incidentatlas.io.."};

    @ArchTest
    static final ArchRule coreHasNoUiToolkit = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "java.awt..", "javax.imageio..", "javax.swing..")
            .because("the core runs headless in the CLI, in benchmarks and in tests without a toolkit");

    @ArchTest
    static final ArchRule coreDoesNoNetworkIo = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .because("an analyst's area of interest must not leak: the core is offline by construction");

    @ArchTest
    static final ArchRule coreDoesNotSeeTheFrontEnds = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.cli..", "org.incidentatlas.ui..",
                    "org.incidentatlas.spark..")
            .because("the CLI, the UI and the Spark job sit on top of the core, never under it");

    @ArchTest
    static final ArchRule sparkJobIsAFrontEndOfItsOwn = noClasses().that().resideInAPackage("org.incidentatlas.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.cli..", "org.incidentatlas.ui..")
            .because("the Spark job runs on cluster executors without a terminal or a toolkit; it uses the core only");

    @ArchTest
    static final ArchRule frontEndsDoNotNeedSpark = noClasses().that().resideInAnyPackage("org.incidentatlas.cli..", "org.incidentatlas.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.spark..", "org.apache.spark..", "org.apache.hadoop..")
            .because("Spark is a provided dependency, absent from the desktop jar: the app opens Spark output through io.ResultsStore");

    @ArchTest
    static final ArchRule cliDoesNotSeeUi = noClasses().that().resideInAPackage("org.incidentatlas.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.incidentatlas.ui..")
            .because("the CLI reaches UI rendering only through the SnapshotRenderer service");

    @ArchTest
    static final ArchRule uiDoesNotSeeCli = noClasses().that().resideInAPackage("org.incidentatlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.incidentatlas.cli..")
            .because("the UI and the CLI are siblings on top of the pipeline");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.incidentatlas.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.incidentatlas.text..", "org.incidentatlas.gazetteer..", "org.incidentatlas.geoparse..",
                    "org.incidentatlas.events..", "org.incidentatlas.pipeline..", "org.incidentatlas.io..",
                    "org.incidentatlas.eval..")
            .because("the model is the vocabulary everything else shares");

    @ArchTest
    static final ArchRule textNeedsOnlyTheModel = noClasses().that().resideInAPackage("org.incidentatlas.text..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.incidentatlas.gazetteer..", "org.incidentatlas.geoparse..", "org.incidentatlas.events..",
                    "org.incidentatlas.pipeline..", "org.incidentatlas.io..", "org.incidentatlas.eval..")
            .because("text handling is the lowest layer above the model");

    @ArchTest
    static final ArchRule gazetteerBelowGeoparse = noClasses().that().resideInAPackage("org.incidentatlas.gazetteer..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.incidentatlas.geoparse..", "org.incidentatlas.events..", "org.incidentatlas.pipeline..",
                    "org.incidentatlas.eval..")
            .because("the gazetteer is a lookup service; it knows nothing of how it is used");

    @ArchTest
    static final ArchRule geoparseBelowEvents = noClasses().that().resideInAPackage("org.incidentatlas.geoparse..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.incidentatlas.events..", "org.incidentatlas.pipeline..", "org.incidentatlas.eval..")
            .because("events build on place mentions, not the other way round");

    @ArchTest
    static final ArchRule eventsBelowPipeline = noClasses().that().resideInAPackage("org.incidentatlas.events..")
            .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.pipeline..", "org.incidentatlas.eval..")
            .because("the pipeline composes the stages; stages do not call back into it");

    @ArchTest
    static final ArchRule ioBelowPipeline = noClasses().that().resideInAPackage("org.incidentatlas.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.pipeline..", "org.incidentatlas.eval..",
                    "org.incidentatlas.geoparse..", "org.incidentatlas.events..")
            .because("readers and writers move data in and out; they do not extract");

    @ArchTest
    static final ArchRule oneGreatCircleDistance = noClasses().that().resideInAnyPackage(CORE)
            .and().doNotHaveFullyQualifiedName("org.incidentatlas.model.Geography")
            .should().callMethod(Math.class, "asin", double.class)
            .orShould().callMethod(Math.class, "atan2", double.class, double.class)
            .because("the core has one great-circle distance (model.Geography.km): the geoparser, event placement and "
                    + "scoring must never disagree about how far apart two places are");
}
