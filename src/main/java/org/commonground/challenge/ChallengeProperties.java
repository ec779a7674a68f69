package org.commonground.challenge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Challenge settings under {@code app.challenge}.
 *
 * @param pageSize challenges per page of the list
 * @param highlighted challenges shown on the dialogue's page
 */
@ConfigurationProperties("app.challenge")
public record ChallengeProperties(@DefaultValue("20") int pageSize, @DefaultValue("3") int highlighted) {
}
