package org.commonground.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Creates the first admin from configuration when no admin exists yet. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdminInitializer implements ApplicationRunner {

	private final AdminProperties properties;

	private final AccountService accounts;

	private final PasswordPolicy passwordPolicy;

	FirstAdminInitializer(AdminProperties properties, AccountService accounts, PasswordPolicy passwordPolicy) {
		this.properties = properties;
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.properties.email())) {
			return;
		}
		if (!StringUtils.hasText(this.properties.password())) {
			throw new IllegalStateException("APP_ADMIN_EMAIL is set but APP_ADMIN_PASSWORD is not: set both.");
		}
		this.passwordPolicy.check(this.properties.password()).ifPresent((violation) -> {
			throw new IllegalStateException("APP_ADMIN_PASSWORD is refused (" + violation
					+ "): use 12 to 128 characters that are not a common password.");
		});
		this.accounts.ensureAdmin(new ProvisionedAccount(this.properties.email(), this.properties.displayName(),
				this.properties.password(), "OTHER", null, null, null, "en", AccountRole.ADMIN));
	}

}
