package org.commonground.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created at start-up when no admin exists ({@code APP_ADMIN_EMAIL},
 * {@code APP_ADMIN_PASSWORD}).
 *
 * @param email login of the first admin; nothing happens when blank
 * @param password its password (from the environment only)
 * @param displayName the name shown for it
 */
@ConfigurationProperties("app.admin")
public record AdminProperties(String email, String password, @DefaultValue("Administrator") String displayName) {
}
