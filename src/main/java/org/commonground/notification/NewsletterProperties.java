package org.commonground.notification;

import java.time.Duration;

import org.commonground.shared.security.AppSecurityProperties.Limit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Newsletter settings under {@code app.newsletter}.
 *
 * @param batchSize emails queued in one transaction of the batch job
 * @param batchesPerRun batches one run of the job queues at most, so that a long audience
 * does not hold the scheduler
 * @param batchInterval how often the batch job looks for issues being sent
 * @param confirmValidity how long a confirmation link works
 * @param signupsPerAddress sign-ups from one client address
 * @param signupsPerEmail confirmation emails to one email address (further sign-ups are
 * answered the same but send nothing)
 */
@ConfigurationProperties("app.newsletter")
public record NewsletterProperties(@DefaultValue("500") int batchSize, @DefaultValue("20") int batchesPerRun,
		@DefaultValue("1m") Duration batchInterval, @DefaultValue("7d") Duration confirmValidity,
		Limit signupsPerAddress, Limit signupsPerEmail) {

	public NewsletterProperties {
		if (batchSize < 1 || batchesPerRun < 1) {
			throw new IllegalArgumentException("app.newsletter.batch-size and batches-per-run must be positive");
		}
		signupsPerAddress = (signupsPerAddress != null) ? signupsPerAddress : new Limit(20, Duration.ofHours(1));
		signupsPerEmail = (signupsPerEmail != null) ? signupsPerEmail : new Limit(3, Duration.ofHours(1));
	}

}
