package org.frontdoor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The coded rules the schemas hold beyond presence: code lists, levels, formats, ids and scores. */
class SchemaRulesTest {

    private static final EventType<?> RECEIVED = typeOf(ReferralReceived.class);
    private static final EventType<?> DECISION = typeOf(TriageDecisionMade.class);
    private static final EventType<?> REVISION = typeOf(TriageDecisionRevised.class);
    private static final EventType<?> WEBSTAR = typeOf(WebstarAssessed.class);
    private static final EventType<?> THEMES = typeOf(FamilyThemesIdentified.class);
    private static final EventType<?> CLOSURE = typeOf(SocialCareEpisodeClosed.class);

    /** docs/domain.md, "Threshold levels and routes": the levels each route allows. */
    private static final Map<String, Set<Integer>> LEVELS_BY_ROUTE = Map.of(
            "NO_FURTHER_ACTION", Set.of(1, 2, 3, 4),
            "ADVICE_AND_SIGNPOSTING", Set.of(1),
            "CONSULTATION", Set.of(1, 2, 3),
            "EARLY_HELP_SINGLE_AGENCY", Set.of(2),
            "EARLY_HELP_TARGETED", Set.of(3),
            "SOCIAL_WORK_ASSESSMENT", Set.of(4),
            "STRATEGY_DISCUSSION", Set.of(4));

    static Stream<Arguments> everyRouteAtEveryLevel() {
        return Stream.of(DECISION, REVISION).flatMap(type -> LEVELS_BY_ROUTE.keySet().stream()
                .flatMap(route -> Stream.of(1, 2, 3, 4).map(level -> Arguments.of(type, route, level))));
    }

    @ParameterizedTest(name = "{0} {1} at level {2}")
    @MethodSource("everyRouteAtEveryLevel")
    void decisionRouteAllowsOnlyItsThresholdLevels(EventType<?> type, String route, int level) {
        ObjectNode decision = ContractFiles.example(type);
        decision.put("route", route);
        decision.put("level", level);

        if (LEVELS_BY_ROUTE.get(route).contains(level)) {
            assertThat(ContractFiles.violations(type, decision)).isEmpty();
        } else {
            assertThat(ContractFiles.violations(type, decision)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void thresholdLevelIsOneToFour(int level) {
        ObjectNode decision = ContractFiles.example(DECISION);
        decision.put("route", "NO_FURTHER_ACTION");
        decision.put("level", level);

        assertThat(ContractFiles.violations(DECISION, decision)).isNotEmpty();
    }

    @Test
    void primaryNeedMayBeNullOnlyWithNoFurtherAction() {
        ObjectNode nfa = ContractFiles.example(DECISION);
        nfa.put("route", "NO_FURTHER_ACTION");
        nfa.put("level", 1);
        nfa.putNull("primaryNeed");
        ObjectNode targeted = ContractFiles.example(DECISION);
        targeted.putNull("primaryNeed");

        assertThat(ContractFiles.violations(DECISION, nfa)).isEmpty();
        assertThat(ContractFiles.violations(DECISION, targeted)).isNotEmpty();
    }

    static Stream<Arguments> codesOutsideTheirLists() {
        return Stream.of(
                Arguments.of(RECEIVED, "sourceCode", "11"),
                Arguments.of(RECEIVED, "sourceCode", "2a"),
                Arguments.of(RECEIVED, "channel", "LETTER"),
                Arguments.of(RECEIVED, "pathway", "EARLY HELP"),
                Arguments.of(RECEIVED, "urgency", "URGENT"),
                Arguments.of(RECEIVED, "consent", "NOT_SOUGHT"),
                Arguments.of(RECEIVED, "referrerType", "NEIGHBOUR"),
                Arguments.of(DECISION, "route", "NFA"),
                Arguments.of(DECISION, "primaryNeed", "N10"),
                Arguments.of(DECISION, "pathway", "SOCIAL_WORK"),
                Arguments.of(CLOSURE, "reasonCode", "RC10"),
                Arguments.of(WEBSTAR, "personRole", "CARER"),
                Arguments.of(WEBSTAR, "assessmentType", "INTERIM"));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("codesOutsideTheirLists")
    void codeOutsideItsListIsRejected(EventType<?> type, String field, String code) {
        ObjectNode payload = ContractFiles.example(type);
        payload.put(field, code);

        assertThat(ContractFiles.violations(type, payload)).isNotEmpty();
    }

    @Test
    void childsDemographicsAreCoded() {
        ObjectNode unknownEthnicity = ContractFiles.example(RECEIVED);
        ((ObjectNode) unknownEthnicity.path("children").get(0)).put("ethnicity", "BRIT");
        ObjectNode unknownGender = ContractFiles.example(RECEIVED);
        ((ObjectNode) unknownGender.path("children").get(0)).put("gender", "F");
        ObjectNode named = ContractFiles.example(RECEIVED);
        ((ObjectNode) named.path("children").get(0)).put("name", "Jane Smith");

        assertThat(ContractFiles.violations(RECEIVED, unknownEthnicity)).isNotEmpty();
        assertThat(ContractFiles.violations(RECEIVED, unknownGender)).isNotEmpty();
        assertThat(ContractFiles.violations(RECEIVED, named)).anySatisfy(m -> assertThat(m).contains("name"));
    }

    @Test
    void childWithoutDateOfBirthFailsTheSchemaAndCannotBeRead() {
        ObjectNode payload = ContractFiles.example(RECEIVED);
        ((ObjectNode) payload.path("children").get(0)).remove("dateOfBirth");

        assertThat(ContractFiles.violations(RECEIVED, payload)).anySatisfy(m -> assertThat(m).contains("dateOfBirth"));
        assertThatThrownBy(() -> EventJson.MAPPER.treeToValue(payload, ReferralReceived.class))
                .hasRootCauseMessage("dateOfBirth is required");
    }

    @Test
    void assessmentFactorsAreCinCensusCodesWithoutRepeats() {
        ObjectNode unknown = ContractFiles.example(DECISION);
        ((ArrayNode) unknown.path("assessmentFactors")).add("25A");
        ObjectNode repeated = ContractFiles.example(DECISION);
        ((ArrayNode) repeated.path("assessmentFactors")).add("3B");
        ObjectNode none = ContractFiles.example(DECISION);
        ((ArrayNode) none.path("assessmentFactors")).removeAll();

        assertThat(ContractFiles.violations(DECISION, unknown)).isNotEmpty();
        assertThat(ContractFiles.violations(DECISION, repeated)).isNotEmpty();
        assertThat(ContractFiles.violations(DECISION, none)).isEmpty();
    }

    @Test
    void decisionIsAboutAtLeastOneChildListedOnce() {
        ObjectNode none = ContractFiles.example(DECISION);
        ((ArrayNode) none.path("childIds")).removeAll();
        ObjectNode twice = ContractFiles.example(DECISION);
        ((ArrayNode) twice.path("childIds")).add(twice.path("childIds").get(0).asString());

        assertThat(ContractFiles.violations(DECISION, none)).isNotEmpty();
        assertThat(ContractFiles.violations(DECISION, twice)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T09:41:12+00:00", "2026-03-02T10:41:12+01:00", "2026-03-02 09:41:12Z",
            "2026-03-02T09:41Z", "2026-03-02", "2026-13-02T09:41:12Z", "2026-03-02T24:00:00Z", "1772444472"})
    void instantsAreIso8601InUtc(String receivedAt) {
        ObjectNode payload = ContractFiles.example(RECEIVED);
        payload.put("receivedAt", receivedAt);

        assertThat(ContractFiles.violations(RECEIVED, payload)).isNotEmpty();
    }

    @Test
    void instantWithAFractionOfASecondAsTheEventMapperWritesItIsAccepted() {
        ObjectNode payload = ContractFiles.example(RECEIVED);
        payload.put("receivedAt", EventJson.MAPPER.valueToTree(Instant.parse("2026-03-02T09:41:12.123456789Z")).asString());

        assertThat(payload.path("receivedAt").asString()).isEqualTo("2026-03-02T09:41:12.123456789Z");
        assertThat(ContractFiles.violations(RECEIVED, payload)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"17/09/2014", "2014-9-17", "2014-09-17T00:00:00Z", "20140917"})
    void datesArePlainIso8601Dates(String dateOfBirth) {
        ObjectNode payload = ContractFiles.example(RECEIVED);
        ((ObjectNode) payload.path("children").get(0)).put("dateOfBirth", dateOfBirth);

        assertThat(ContractFiles.violations(RECEIVED, payload)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Jane Smith", "jane.smith@school.example", "485 777 3456",
            "an-id-that-is-far-too-long-to-be-a-pseudonymous-identifier-of-anything"})
    void idsArePseudonymousTokensNotNamesOrContactDetails(String referralId) {
        ObjectNode payload = ContractFiles.example(RECEIVED);
        payload.put("referralId", referralId);

        assertThat(ContractFiles.violations(RECEIVED, payload)).isNotEmpty();
    }

    @Test
    void webstarScoresAreWholeNumbersFromOneToTenByAreaCode() {
        for (Object score : List.of(0, 11, 5.5, "5")) {
            ObjectNode payload = ContractFiles.example(WEBSTAR);
            ObjectNode scores = (ObjectNode) payload.path("scores");
            scores.set("housing", EventJson.MAPPER.valueToTree(score));
            assertThat(ContractFiles.violations(WEBSTAR, payload)).as("score " + score).isNotEmpty();
        }
        for (String area : List.of("Housing", "school attendance", "area-1")) {
            ObjectNode payload = ContractFiles.example(WEBSTAR);
            ((ObjectNode) payload.path("scores")).put(area, 5);
            assertThat(ContractFiles.violations(WEBSTAR, payload)).as("area " + area).isNotEmpty();
        }
        ObjectNode noScores = ContractFiles.example(WEBSTAR);
        ((ObjectNode) noScores.path("scores")).removeAll();
        assertThat(ContractFiles.violations(WEBSTAR, noScores)).isNotEmpty();
    }

    @Test
    void strengtheningFamiliesThemesAreItsSixThemesWhileOtherFrameworksKeepTheirOwnCodes() {
        ObjectNode unknownTheme = ContractFiles.example(THEMES);
        ((ArrayNode) unknownTheme.path("themes")).add("SECURE_HOUSING");
        ObjectNode otherFramework = unknownTheme.deepCopy();
        otherFramework.put("framework", "SUPPORTING_FAMILIES_2022");
        otherFramework.put("frameworkVersion", "2022");

        assertThat(ContractFiles.violations(THEMES, unknownTheme)).isNotEmpty();
        assertThat(ContractFiles.violations(THEMES, otherFramework)).isEmpty();
    }

    private static EventType<?> typeOf(Class<? extends FrontDoorEvent> recordClass) {
        return EventCatalogue.ALL.stream().filter(type -> type.recordClass() == recordClass).findFirst().orElseThrow();
    }
}
