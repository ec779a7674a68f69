package org.commonground.account;

/**
 * An account created by the platform itself (the first admin, demo data): confirmed at
 * once, with a given role.
 */
public record ProvisionedAccount(String email, String displayName, String password, String stakeholderGroup,
		String organisation, String country, String region, String locale, AccountRole role) {
}
