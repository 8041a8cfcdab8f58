package dev.flowguard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layering, held so it stays. Data flows one way, from reading an artifact up to the build's outcome:
 * solution → flow → knowledge → model → rules → finding → suppress → scan → report → check → maven, each layer
 * using only those below it; {@code about} (what the plugin is) sits under all. Only the Maven front end knows
 * Maven, and only the registry names the rule families.
 */
@AnalyzeClasses(packages = "dev.flowguard", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Every package is its own slice: {@code rules} and {@code rules.credential} are two, and must not cycle. */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.flowguard.(**)").should().beFreeOfCycles();

    private static final String[] TOP_DOWN = {"Maven", "Check", "Report", "Scan", "Suppress", "Finding", "Rules", "Model",
        "Knowledge", "Flow", "Solution", "About"};

    @ArchTest
    static final ArchRule LAYERS_IN_THE_DECLARED_ORDER = layers();

    private static ArchRule layers() {
        var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Maven").definedBy("dev.flowguard.maven..")
                .layer("Check").definedBy("dev.flowguard.check..")
                .layer("Report").definedBy("dev.flowguard.report..")
                .layer("Scan").definedBy("dev.flowguard.scan..")
                .layer("Suppress").definedBy("dev.flowguard.suppress..")
                .layer("Finding").definedBy("dev.flowguard.finding..")
                .layer("Rules").definedBy("dev.flowguard.rules..")
                .layer("Model").definedBy("dev.flowguard.model..")
                .layer("Knowledge").definedBy("dev.flowguard.knowledge..")
                .layer("Flow").definedBy("dev.flowguard.flow..")
                .layer("Solution").definedBy("dev.flowguard.solution..")
                .layer("About").definedBy("dev.flowguard.about..");
        for (int i = 1; i < TOP_DOWN.length; i++) {
            architecture = architecture.whereLayer(TOP_DOWN[i])
                    .mayOnlyBeAccessedByLayers(java.util.Arrays.copyOfRange(TOP_DOWN, 0, i));
        }
        return architecture.whereLayer("Maven").mayNotBeAccessedByAnyLayer();
    }

    @ArchTest
    static final ArchRule ONLY_THE_REGISTRY_NAMES_THE_RULE_FAMILIES = noClasses()
            .that().resideOutsideOfPackages("dev.flowguard.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.flowguard.rules.credential..",
                    "dev.flowguard.rules.environment..", "dev.flowguard.rules.exposure..", "dev.flowguard.rules.trigger..")
            .because("the engine runs whatever rules the registry holds: a new rule is a class and a registry line");

    @ArchTest
    static final ArchRule ONLY_THE_MAVEN_FRONT_END_KNOWS_MAVEN = noClasses()
            .that().resideOutsideOfPackage("dev.flowguard.maven..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
            .because("the engine runs without Maven: the goals build a request and map the result, nothing more");

    @ArchTest
    static final ArchRule RULES_DO_NOT_SEE_FINDINGS = noClasses()
            .that().resideInAPackage("dev.flowguard.rules..")
            .should().dependOnClassesThat().resideInAPackage("dev.flowguard.finding..")
            .because("rules report hits; turning them into findings is the scan's job");
}
