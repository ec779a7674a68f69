package org.commonground.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moderation settings under {@code app.moderation}.
 *
 * @param autoHideReports open reports that hide content pending review in a dialogue that
 * has not chosen its own number (0 turns it off)
 * @param queueSize cases shown per queue page
 * @param auditPageSize entries per page of the audit and public logs
 */
@ConfigurationProperties("app.moderation")
public record ModerationProperties(@DefaultValue("3") int autoHideReports, @DefaultValue("50") int queueSize,
		@DefaultValue("50") int auditPageSize) {
}
