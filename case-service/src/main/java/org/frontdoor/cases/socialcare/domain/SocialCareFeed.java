package org.frontdoor.cases.socialcare.domain;

import java.util.Optional;

/**
 * Where the social care feed is kept: each closure and step-down is stored with its event in one document write.
 */
public interface SocialCareFeed {

    /** @return {@code false} (and nothing written) if the episode's closure is already recorded */
    boolean add(EpisodeClosure closure);

    Optional<EpisodeClosure> closure(String episodeId);

    Optional<EpisodeClosure> closureWithKey(String caller, String key);

    /** @return {@code false} (and nothing written) if a step-down with that id is already recorded */
    boolean add(StepDown stepDown);

    Optional<StepDown> stepDown(String stepDownId);
}
