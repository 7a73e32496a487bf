package org.frontdoor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** The catalogue is the one list of event types: complete, unambiguous and consistently named. */
class EventCatalogueTest {

    /** {@code org.frontdoor.<area>.<name>.v<major>}; a {@code .v2} or later type has its own record, e.g. {@code ReferralReceivedV2}. */
    private static final Pattern TYPE_NAMING = Pattern.compile("^org\\.frontdoor\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v([1-9][0-9]*)$");

    @Test
    void everyRecordTravelsOnExactlyOneTopicOfTheTopicList() {
        List<Class<?>> records = EventCatalogue.ALL.stream().<Class<?>>map(EventType::recordClass).toList();

        assertThat(records).doesNotHaveDuplicates();
        assertThat(EventCatalogue.ALL).allSatisfy(type -> assertThat(Topics.ALL).contains(type.topic()));
    }

    @Test
    void everyTopicCarriesAtLeastOneEventType() {
        Set<String> used = EventCatalogue.ALL.stream().map(EventType::topic).collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyTypeConstantIsUniqueAndNamedOrgFrontdoorAreaNameV1() throws ReflectiveOperationException {
        for (EventType<?> type : EventCatalogue.ALL) {
            String record = type.recordClass().getSimpleName();
            Field constant = type.recordClass().getField("TYPE");
            assertThat(Modifier.isStatic(constant.getModifiers())).isTrue();
            assertThat(constant.get(null)).as(record).isEqualTo(type.type());

            Matcher naming = TYPE_NAMING.matcher(type.type());
            assertThat(naming.matches()).as(type.type()).isTrue();
            int major = Integer.parseInt(naming.group(2));
            if (major == 1) {
                assertThat(record).as(type.type()).doesNotMatch(".*V[0-9]+$");
            } else {
                assertThat(record).as(type.type()).endsWith("V" + major);
            }
        }
        assertThat(EventCatalogue.ALL.stream().map(EventType::type)).doesNotHaveDuplicates();
    }

    @Test
    void everyEventTypeIsFoundByItsTypeAndByItsRecord() {
        for (EventType<?> type : EventCatalogue.ALL) {
            assertThat(EventCatalogue.byType(type.type())).contains(type);
        }
        assertThat(EventCatalogue.byType("org.frontdoor.referral.received.v2")).isEmpty();
    }

    @Test
    void everyEventRecordOfTheContractsIsInTheCatalogue() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(FrontDoorEvent.class));
        Set<String> found = scanner.findCandidateComponents("org.frontdoor.contracts").stream()
                .map(definition -> definition.getBeanClassName())
                .collect(Collectors.toSet());
        Set<String> catalogued = EventCatalogue.ALL.stream().map(type -> type.recordClass().getName())
                .collect(Collectors.toSet());

        assertThat(found).isNotEmpty().containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void eventRecordsLiveInThePackageAndTypeAreaOfTheirTopic() {
        Map<String, List<String>> packageAndAreaByTopic = Map.of(
                Topics.REFERRALS, List.of("referrals", "referral"),
                Topics.TRIAGE, List.of("triage", "triage"),
                Topics.CONSULTATIONS, List.of("consultations", "consultation"),
                Topics.CASES, List.of("cases", "earlyhelp"));
        for (EventType<?> type : EventCatalogue.ALL) {
            List<String> expected = packageAndAreaByTopic.get(type.topic());
            String packageName = type.recordClass().getPackageName().substring("org.frontdoor.contracts.".length());
            String area = type.type().split("\\.")[2];

            assertThat(List.of(packageName, area)).as(type.recordClass().getSimpleName()).isEqualTo(expected);
        }
    }
}
