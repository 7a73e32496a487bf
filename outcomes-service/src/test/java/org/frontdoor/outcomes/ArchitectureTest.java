package org.frontdoor.outcomes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.frontdoor.testkit.architecture.HouseRules;

/** The house's rules (testkit's {@link HouseRules}), all of them: outcomes-service has no rules of its own beyond them. */
@AnalyzeClasses(packages = "org.frontdoor.outcomes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests house = ArchTests.in(HouseRules.class);
}
