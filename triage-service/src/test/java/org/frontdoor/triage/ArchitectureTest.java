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

    /** The audit trail is insert-only: its store adapter never updates, replaces or removes anything. */
    @ArchTest
    static final ArchRule theAuditTrailIsOnlyEverAppendedTo = noClasses().that().resideInAPackage("..audit..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                            "(update|upsert|remove|findAndModify|findAndRemove|findAllAndRemove|save|replace|drop|bulkOps).*"))
                    .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                            "org.springframework.data.mongodb.core.MongoOperations")))));

    /**
     * The decision rules (levels, routes, consent, the codes, a decision and a level-4 proposal as made) know nothing
     * of the queue; the queue's items hold decisions and its desks make them. One direction: queue uses decision.
     */
    @ArchTest
    static final ArchRule decisionDoesNotDependOnTheQueue = noClasses().that()
            .resideInAPackage("org.frontdoor.triage.decision..")
            .should().dependOnClassesThat().resideInAPackage("org.frontdoor.triage.queue..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdapters = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..store..", "..events..", "..config..");
}
