package org.frontdoor.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The console's shape: a client of the gateway only, packaged by feature, controllers package-private. */
@AnalyzeClasses(packages = "org.frontdoor.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** It never reads a service's database or topics: everything it knows comes from the gateway's API. */
    @ArchTest
    static final ArchRule noStoreNoBroker = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework.data..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "org.springframework.kafka..", "org.frontdoor.referral..", "org.frontdoor.triage..",
                    "org.frontdoor.cases..", "org.frontdoor.consultation..", "org.frontdoor.outcomes..");

    /** It has no token of its own: no client_credentials anywhere. */
    @ArchTest
    static final ArchRule noTokenOfItsOwn = noClasses().should().dependOnClassesThat()
            .haveSimpleNameContaining("ClientCredentials");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    /** A feature (log a call, the queue, the referral page and its decisions) does not reach into another. */
    @ArchTest
    static final ArchRule featuresAreIndependent = slices().matching("org.frontdoor.console.(calls|queue|triage|cases)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.frontdoor.console.(*)..").should().beFreeOfCycles();
}
