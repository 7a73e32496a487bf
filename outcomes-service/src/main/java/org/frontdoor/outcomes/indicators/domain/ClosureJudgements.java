package org.frontdoor.outcomes.indicators.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * L1: effectiveness judged at closure. Each judgement's count ÷ the closures in the period that carry
 * a judgement; {@code extra.closures} counts every closure in the period (a case reopened and closed
 * again in the period closes twice). L1.fully_or_partially = fully + partially.
 */
public final class ClosureJudgements {

    public List<IndicatorResult> shares(Collection<CaseClosure> closures, ReportPeriod period) {
        List<CaseClosure> inPeriod = closures.stream().filter(closure -> period.contains(closure.closedAt())).toList();
        List<CaseClosure> judged = inPeriod.stream().filter(CaseClosure::hasJudgement).toList();
        long fully = count(judged, CaseClosure.FULLY_ACHIEVED);
        long partially = count(judged, CaseClosure.PARTIALLY_ACHIEVED);
        long not = count(judged, CaseClosure.NOT_ACHIEVED);
        Map<String, Object> extra = Map.of("closures", (long) inPeriod.size());
        return List.of(
                IndicatorResult.share(Indicator.L1_FULLY_ACHIEVED, fully, judged.size(), extra),
                IndicatorResult.share(Indicator.L1_PARTIALLY_ACHIEVED, partially, judged.size(), extra),
                IndicatorResult.share(Indicator.L1_NOT_ACHIEVED, not, judged.size(), extra),
                IndicatorResult.share(Indicator.L1_FULLY_OR_PARTIALLY, fully + partially, judged.size(), extra));
    }

    private static long count(List<CaseClosure> judged, String judgement) {
        return judged.stream().filter(closure -> judgement.equals(closure.judgement())).count();
    }
}
