package org.commonground.account;

import org.mockito.Mockito;

/** Signed-in people for web slices, which have no database to load them from. */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	/** An active, confirmed participant writing in English. */
	public static AccountPrincipal participant(long id, String displayName) {
		Account account = Mockito.mock(Account.class);
		Mockito.when(account.getId()).thenReturn(id);
		Mockito.when(account.getEmail()).thenReturn("participant" + id + "@test.example");
		Mockito.when(account.getDisplayName()).thenReturn(displayName);
		Mockito.when(account.getPasswordHash()).thenReturn("{noop}unused");
		Mockito.when(account.getRole()).thenReturn(AccountRole.PARTICIPANT);
		Mockito.when(account.isEmailConfirmed()).thenReturn(true);
		Mockito.when(account.getStatus()).thenReturn(AccountStatus.ACTIVE);
		Mockito.when(account.getLocale()).thenReturn("en");
		return new AccountPrincipal(account);
	}

}
