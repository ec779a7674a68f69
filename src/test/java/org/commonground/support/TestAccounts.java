package org.commonground.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.commonground.account.AccountRole;
import org.commonground.account.AccountService;
import org.commonground.account.ProvisionedAccount;

import org.springframework.stereotype.Component;

/** Creates confirmed accounts with unique emails for tests. */
@Component
public class TestAccounts {

	public static final String PASSWORD = "a long test password 42";

	private static final AtomicInteger counter = new AtomicInteger();

	private final AccountService accounts;

	TestAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	/** A new participant; returns its email. */
	public String participant(String displayName) {
		return create(displayName, AccountRole.PARTICIPANT);
	}

	public String admin(String displayName) {
		return create(displayName, AccountRole.ADMIN);
	}

	public String create(String displayName, AccountRole role) {
		return create(displayName, role, "ARTISANAL_MINER");
	}

	/** A new account speaking for the stakeholder group with that code. */
	public String create(String displayName, AccountRole role, String stakeholderGroup) {
		String email = "person" + counter.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
		this.accounts.provision(new ProvisionedAccount(email, displayName, PASSWORD, stakeholderGroup, "Test org", "TZ",
				"Geita", "en", role));
		return email;
	}

	/** A fresh client address, so that attempt limits of one test never touch another. */
	public static String newAddress() {
		int n = counter.incrementAndGet();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

}
