package org.commonground.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registered person. The email is the login name and is stored in lower case. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(name = "display_name", nullable = false, length = 80)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "stakeholder_group_id")
	private StakeholderGroup stakeholderGroup;

	@Column(length = 120)
	private String organisation;

	@Column(length = 2)
	private String country;

	@Column(length = 80)
	private String region;

	@Column(nullable = false, length = 5)
	private String locale;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AccountRole role = AccountRole.PARTICIPANT;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AccountStatus status = AccountStatus.ACTIVE;

	@Column(name = "email_confirmed_at")
	private Instant emailConfirmedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** When the account last signed in, and when before that (null until it has). */
	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "previous_login_at")
	private Instant previousLoginAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** When the person asked for their account to be deleted (grace period running). */
	@Column(name = "deletion_requested_at")
	private Instant deletionRequestedAt;

	/** When the purge erased the person; the row stays for their contributions. */
	@Column(name = "erased_at")
	private Instant erasedAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, StakeholderGroup stakeholderGroup, String locale,
			Instant now) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.stakeholderGroup = stakeholderGroup;
		this.locale = locale;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public StakeholderGroup getStakeholderGroup() {
		return this.stakeholderGroup;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getCountry() {
		return this.country;
	}

	public String getRegion() {
		return this.region;
	}

	public String getLocale() {
		return this.locale;
	}

	public AccountRole getRole() {
		return this.role;
	}

	public AccountStatus getStatus() {
		return this.status;
	}

	public boolean isEmailConfirmed() {
		return this.emailConfirmedAt != null;
	}

	void changeRegion(String region, Instant now) {
		this.region = region;
		this.updatedAt = now;
	}

	void recordLogin(Instant now) {
		this.previousLoginAt = this.lastLoginAt;
		this.lastLoginAt = now;
	}

	/** Whether the account had signed in before its latest sign-in. */
	public boolean isReturning() {
		return this.previousLoginAt != null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Whether the account was made for someone who takes part without the web (by SMS):
	 * its address is in the reserved domain and never confirmed, so it never logs in.
	 */
	public boolean isOffline() {
		return this.email.endsWith(AccountService.OFFLINE_DOMAIN) && !isEmailConfirmed();
	}

	/** Whether this account may log in now. */
	public boolean canLogIn() {
		return this.status == AccountStatus.ACTIVE && isEmailConfirmed();
	}

	void updateProfile(String displayName, StakeholderGroup group, String organisation, String country, String region,
			String locale, Instant now) {
		this.displayName = displayName;
		this.stakeholderGroup = group;
		this.organisation = organisation;
		this.country = country;
		this.region = region;
		this.locale = locale;
		this.updatedAt = now;
	}

	void changeLocale(String locale, Instant now) {
		this.locale = locale;
		this.updatedAt = now;
	}

	/** The name every erased account goes by (shown translated by the pages). */
	public static final String FORMER_PARTICIPANT = "Former participant";

	public Instant getDeletionRequestedAt() {
		return this.deletionRequestedAt;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	void requestDeletion(Instant now) {
		this.deletionRequestedAt = now;
		this.updatedAt = now;
	}

	/** Undoes a deletion request; whether there was one. */
	boolean cancelDeletion(Instant now) {
		if (this.deletionRequestedAt == null || this.erasedAt != null) {
			return false;
		}
		this.deletionRequestedAt = null;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Erases everything that identifies the person; keeps the stakeholder group (their
	 * contributions keep saying who spoke, as a group) and the language.
	 * @param unusablePasswordHash the hash of a random secret nobody knows
	 */
	void erase(String unusablePasswordHash, Instant now) {
		this.email = "erased-" + this.id + "@erased.invalid";
		this.displayName = FORMER_PARTICIPANT;
		this.passwordHash = unusablePasswordHash;
		this.organisation = null;
		this.country = null;
		this.region = null;
		this.status = AccountStatus.DELETED;
		this.role = AccountRole.PARTICIPANT;
		this.erasedAt = now;
		this.updatedAt = now;
	}

	/** Sets a new (normalised) address, which its owner has just proven theirs. */
	void changeEmail(String email, Instant now) {
		this.email = email;
		confirmEmail(now);
		this.updatedAt = now;
	}

	void changePasswordHash(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	void confirmEmail(Instant now) {
		if (this.emailConfirmedAt == null) {
			this.emailConfirmedAt = now;
			this.updatedAt = now;
		}
	}

	void changeRole(AccountRole role, Instant now) {
		this.role = role;
		this.updatedAt = now;
	}

	void changeStatus(AccountStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

}
