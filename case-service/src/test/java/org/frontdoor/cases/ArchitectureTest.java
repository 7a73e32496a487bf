package org.frontdoor.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.frontdoor.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "org.apache.kafka..", "io.cloudevents..", "tools.jackson..", "jakarta..");

    @ArchTest
    static final ArchRule apiDoesNotReachIntoTheStore = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..store..");

    @ArchTest
    static final ArchRule domainDoesNotKnowItsAdapters = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..store..", "..events..", "..config..");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().notBePublic();
}
