package org.frontdoor.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;

import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service keeps, so that the tree shows the architecture and a newcomer finds a rule by its name.
 * A service applies them all with
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.frontdoor.referral", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests house = ArchTests.in(HouseRules.class);
 * }
 * </pre>
 *
 * and adds only rules of its own. Each feature ({@code org.frontdoor.<service>.<feature>}) has a {@code domain}
 * (plain Java: the aggregates and rules), and adapters around it: {@code api} (HTTP in), {@code store}
 * (MongoDB), {@code events} (Kafka in and out), {@code clients} (HTTP out), {@code config} (wiring).
 */
public final class HouseRules {

    private HouseRules() {
    }

    /**
     * The domain is plain Java: no framework, no store, no broker, no JSON library, none of service-platform but its
     * plain-text check ({@code PlainText}) and its retry schedule ({@code RetrySchedule}), plain Java themselves.
     */
    @ArchTest
    public static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "org.apache.kafka..", "io.cloudevents..", "jakarta.persistence..",
                    "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson.databind..",
                    "org.frontdoor.serviceplatform..", "org.frontdoor.contracts.cloudevents..")
                    .and(not(name("org.frontdoor.serviceplatform.PlainText")))
                    .and(not(name("org.frontdoor.serviceplatform.RetrySchedule"))))
            .because("the domain must read like the pathway, and be testable without a framework");

    /** The bank holidays come from one calendar module (working-days); no service reads them on its own. */
    @ArchTest
    public static final ArchRule holidaysOnlyThroughTheOneCalendar = noClasses()
            .should().dependOnClassesThat().resideInAPackage("de.focus_shift..")
            .because("the queue's deadline and indicator T1 must count working days by the same calendar");

    /** The domain never knows its adapters. */
    @ArchTest
    public static final ArchRule domainDoesNotDependOnAdapters = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..store..", "..events..", "..clients..",
                    "..config..");

    /** HTTP handlers go through the domain's use cases, never straight to the store. */
    @ArchTest
    public static final ArchRule apiDoesNotReachIntoTheStore = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..store..");

    /** A controller is reached by HTTP only, never called from other code. */
    @ArchTest
    public static final ArchRule controllersArePackagePrivate = classes().that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or().areAnnotatedWith("org.springframework.stereotype.Controller")
            .should().notBePublic();

    /** Features depend on each other in one direction only (feature = the package under the service's own). */
    @ArchTest
    public static final ArchRule noCyclesBetweenFeatures = slices().matching("org.frontdoor.(*).(*)..")
            .namingSlices("$2 of $1").should().beFreeOfCycles();

    /**
     * The audit trail is insert-only: nothing in its package can change or delete a stored document (a service whose
     * audit trail lives elsewhere has nothing to check here).
     */
    @ArchTest
    public static final ArchRule auditTrailIsInsertOnly = noClasses().that().resideInAPackage("..audit..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a store method that changes or deletes") {
                private final Pattern changing = Pattern.compile(
                        "update.*|upsert|remove|findAndModify|findAndReplace|findAndRemove|findAllAndRemove|save"
                                + "|replace|bulkOps|drop.*|execute|getCollection");

                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo("org.springframework.data.mongodb.core.MongoOperations")
                            && changing.matcher(call.getName()).matches();
                }
            }).allowEmptyShould(true);
}
