package org.frontdoor.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.frontdoor.testkit.architecture.HouseRules;

/**
 * The house's rules (testkit's {@link HouseRules}) but one: referral-service's features are not yet free of cycles.
 * Its caller ({@code intake.domain.Actor}: who is acting, what they may see) and its rule violations live in
 * {@code intake} but are used by {@code personindex} and {@code audit}, which {@code intake} itself uses. Moving them
 * out means separating "who may see this referral" from the referral: open work in issue 9, left visible here.
 */
@AnalyzeClasses(packages = "org.frontdoor.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = HouseRules.domainIsPlainJava;
    @ArchTest
    static final ArchRule holidaysOnlyThroughTheOneCalendar = HouseRules.holidaysOnlyThroughTheOneCalendar;
    @ArchTest
    static final ArchRule domainDoesNotDependOnAdapters = HouseRules.domainDoesNotDependOnAdapters;
    @ArchTest
    static final ArchRule apiDoesNotReachIntoTheStore = HouseRules.apiDoesNotReachIntoTheStore;
    @ArchTest
    static final ArchRule controllersArePackagePrivate = HouseRules.controllersArePackagePrivate;
    @ArchTest
    static final ArchRule auditTrailIsInsertOnly = HouseRules.auditTrailIsInsertOnly;
}
