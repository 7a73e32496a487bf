package org.frontdoor.triage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.frontdoor.testkit.architecture.HouseRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house's rules (testkit's {@link HouseRules}), and triage's own. */
@AnalyzeClasses(packages = "org.frontdoor.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests house = ArchTests.in(HouseRules.class);

    /**
     * The decision rules (levels, routes, consent, the codes, a decision and a level-4 proposal as made) know nothing
     * of the queue; the queue's items hold decisions and its desks make them. One direction: queue uses decision.
     */
    @ArchTest
    static final ArchRule decisionDoesNotDependOnTheQueue = noClasses().that()
            .resideInAPackage("org.frontdoor.triage.decision..")
            .should().dependOnClassesThat().resideInAPackage("org.frontdoor.triage.queue..");
}
