package org.commonground.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings under {@code app.notification}.
 *
 * @param digestHour the hour (UTC, 0–23) from which the day's digests go out
 * @param digestPollInterval how often the digest job looks for digests that are due
 * @param settle how old a notification must be to go into a digest, so that one still
 * being written is never passed over by the cursor
 * @param signingSecret the key that signs unsubscribe links; blank: a key made once and
 * kept in the database
 */
@ConfigurationProperties("app.notification")
public record NotificationProperties(@DefaultValue("6") int digestHour,
		@DefaultValue("15m") Duration digestPollInterval, @DefaultValue("1m") Duration settle,
		@DefaultValue("") String signingSecret) {

	public NotificationProperties {
		if (digestHour < 0 || digestHour > 23) {
			throw new IllegalArgumentException("app.notification.digest-hour must be 0-23");
		}
	}

}
