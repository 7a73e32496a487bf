package org.frontdoor.console.performance;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Ofsted ILACS Annex A lists outcomes-service exports (docs/codes.md): one line per child, for a statutory
 * return. Offered for the scorecard's period; every export is recorded by outcomes-service (who, which list, when).
 *
 * @param list as in the API's address: {@code list-1}, {@code list-2}, {@code list-3}
 */
record AnnexA(String list, String name, String href) {

    static List<AnnexA> links(Scorecard.Period period) {
        return List.of(
                link("list-1", "List 1: contacts", period),
                link("list-2", "List 2: early help assessments", period),
                link("list-3", "List 3: referrals to children's social care", period));
    }

    private static AnnexA link(String list, String name, Scorecard.Period period) {
        return new AnnexA(list, name, UriComponentsBuilder.fromPath("/performance/annex-a/" + list + ".csv")
                .queryParam("from", period.from()).queryParam("to", period.to()).build().toUriString());
    }
}
