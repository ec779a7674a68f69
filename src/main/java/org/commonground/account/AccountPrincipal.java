package org.commonground.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.commonground.shared.audit.Actor;
import org.commonground.shared.web.PreferredLanguage;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security and the templates see them. Kept in the
 * session, so it holds only small immutable values.
 */
public final class AccountPrincipal
		implements UserDetails, CredentialsContainer, PreferredLanguage, Actor, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private String passwordHash;

	private final AccountRole role;

	private final boolean confirmed;

	private final boolean active;

	private final String language;

	private boolean returning;

	private final String region;

	AccountPrincipal(Account account) {
		this.id = account.getId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.role = account.getRole();
		this.confirmed = account.isEmailConfirmed();
		this.active = account.getStatus() == AccountStatus.ACTIVE;
		this.language = account.getLocale();
		this.returning = account.isReturning();
		this.region = account.getRegion();
	}

	/** The region of the profile, shown in a pseudonym; null when none is given. */
	public String getRegion() {
		return this.region;
	}

	void returning(boolean returning) {
		this.returning = returning;
	}

	/** Whether the account had signed in before this session: greeted "welcome back". */
	public boolean isReturning() {
		return this.returning;
	}

	@Override
	public long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public AccountRole getRole() {
		return this.role;
	}

	public boolean isAdmin() {
		return this.role == AccountRole.ADMIN;
	}

	@Override
	public String preferredLanguage() {
		return this.language;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.active;
	}

	@Override
	public boolean isEnabled() {
		return this.confirmed;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.id + "]";
	}

}
