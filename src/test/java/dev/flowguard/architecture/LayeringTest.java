package dev.flowguard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layering, held so it stays: data flows one way (solution → flow → rules → scan → suppress →
 * report → check → maven) and only the Maven front end knows Maven.
 */
@AnalyzeClasses(packages = "dev.flowguard", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Every package is its own slice: {@code rules} and {@code rules.credential} are two, and must not cycle. */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.flowguard.(**)").should().beFreeOfCycles();

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
