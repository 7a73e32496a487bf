package org.frontdoor.triage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.frontdoor.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "org.apache.kafka..", "io.cloudevents..", "de.focus_shift..", "tools.jackson..",
                    "org.frontdoor.contracts.cloudevents..");

    @ArchTest
    static final ArchRule apiDoesNotReachIntoTheStore = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..store..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdapters = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..store..", "..events..", "..config..");
}
