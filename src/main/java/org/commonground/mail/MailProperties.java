package org.commonground.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code app.mail}.
 *
 * @param from the sender address of every message
 * @param baseUrl the public address of the site, used in links inside messages
 * @param retryBackoff wait after the first refused attempt; it doubles with each further
 * attempt
 * @param maxRetryBackoff the longest wait between two attempts
 * @param maxAttempts attempts before a message is marked failed (an admin may send it
 * again)
 */
@ConfigurationProperties("app.mail")
public record MailProperties(@DefaultValue("Common Ground <no-reply@commonground.local>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("1m") Duration retryBackoff,
		@DefaultValue("1h") Duration maxRetryBackoff, @DefaultValue("10") int maxAttempts) {
}
