package org.commonground.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code app.mail}.
 *
 * @param from the sender address of every message
 * @param baseUrl the public address of the site, used in links inside messages
 */
@ConfigurationProperties("app.mail")
public record MailProperties(@DefaultValue("Common Ground <no-reply@commonground.local>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
