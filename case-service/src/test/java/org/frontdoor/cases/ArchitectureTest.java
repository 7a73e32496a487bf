package org.frontdoor.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.frontdoor.testkit.architecture.HouseRules;

/** The house's rules (testkit's {@link HouseRules}), and case-service's own stricter one for its domain. */
@AnalyzeClasses(packages = "org.frontdoor.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests house = ArchTests.in(HouseRules.class);

    /** Beyond the house's servlet and persistence: no Jakarta API at all (validation stays in the api adapter). */
    @ArchTest
    static final ArchRule domainUsesNoJakartaApi = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("jakarta..");
}
