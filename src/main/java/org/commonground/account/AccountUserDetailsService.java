package org.commonground.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account behind a login name (the email) for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String email = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return this.accounts.findByEmail(email)
			.filter((account) -> account.getStatus() != AccountStatus.DELETED)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
