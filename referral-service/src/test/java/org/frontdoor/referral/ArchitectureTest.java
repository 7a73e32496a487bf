package org.frontdoor.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoOperations;

@AnalyzeClasses(packages = "org.frontdoor.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "org.apache.kafka..", "io.cloudevents..", "jakarta.persistence..", "tools.jackson..");

    @ArchTest
    static final ArchRule apiDoesNotReachIntoTheStore = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..store..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdapters = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..store..", "..events..", "..config..");

    /** The audit trail is insert-only: nothing in its package can change or delete a stored document. */
    @ArchTest
    static final ArchRule auditTrailIsInsertOnly = noClasses().that().resideInAPackage("..audit..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a store method that changes or deletes") {
                private final Pattern changing = Pattern.compile(
                        "update.*|upsert|remove|findAndModify|findAndReplace|findAndRemove|findAllAndRemove|save"
                                + "|replace|bulkOps|dropCollection|execute|getCollection");

                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(MongoOperations.class)
                            && changing.matcher(call.getName()).matches();
                }
            });
}
