package org.commonground.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deleting one's account ({@code app.account-deletion.*}).
 *
 * @param grace how long a deletion request waits before the purge erases the person;
 * logging in during it undoes the request
 * @param purgeEvery how often the purge looks for requests whose grace period is over
 */
@ConfigurationProperties("app.account-deletion")
public record DeletionProperties(@DefaultValue("14d") Duration grace, @DefaultValue("1h") Duration purgeEvery) {
}
