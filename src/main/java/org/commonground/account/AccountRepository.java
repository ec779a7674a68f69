package org.commonground.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	/** Accounts with their stakeholder groups, in one statement. */
	@Query("select a from Account a join fetch a.stakeholderGroup where a.id in :ids")
	java.util.List<Account> findWithGroups(java.util.Collection<Long> ids);

	Optional<Account> findByEmail(String email);

	/**
	 * Ids and (lower-case) emails of the active web accounts among these addresses, in
	 * one statement.
	 */
	@Query("""
			select a.id, a.email from Account a
			where any_of(a.email, :emails) and a.status = org.commonground.account.AccountStatus.ACTIVE
			  and not (a.email like '%@offline.invalid' and a.emailConfirmedAt is null)""")
	java.util.List<Object[]> findActiveByEmails(String[] emails);

	/** The addresses among these of accounts waiting for their deletion. */
	@Query("""
			select a.email from Account a
			where any_of(a.email, :emails) and a.deletionRequestedAt is not null and a.erasedAt is null""")
	java.util.List<String> findAwaitingDeletion(String[] emails);

	/** The admins among these accounts, in one statement. */
	@Query("""
			select a.id from Account a
			where any_of(a.id, :ids) and a.role = org.commonground.account.AccountRole.ADMIN
			  and a.status = org.commonground.account.AccountStatus.ACTIVE""")
	java.util.List<Long> findAdminIds(Long[] ids);

	boolean existsByEmail(String email);

	boolean existsByRole(AccountRole role);

	@Query("select a.status, count(a) from Account a group by a.status")
	java.util.List<Object[]> countByStatus();

	/** Accounts whose owner asked for their deletion, not yet carried out. */
	@Query("select count(a) from Account a where a.deletionRequestedAt is not null and a.erasedAt is null")
	long countDeletionRequested();

	@Query(value = """
			select a from Account a join fetch a.stakeholderGroup
			where (:query = '' or lower(a.email) like concat('%', :query, '%')
			       or lower(a.displayName) like concat('%', :query, '%')
			       or lower(coalesce(a.organisation, '')) like concat('%', :query, '%'))
			  and (:role is null or a.role = :role)
			  and (:status is null or a.status = :status)
			  and (:deletionRequested = false or (a.deletionRequestedAt is not null and a.erasedAt is null))
			  and (:kind is null
			       or (:kind = 'OFFLINE'
			           and a.email like '%@offline.invalid' and a.emailConfirmedAt is null)
			       or (:kind = 'WEB'
			           and (a.email not like '%@offline.invalid' or a.emailConfirmedAt is not null)))
			""", countQuery = """
			select count(a) from Account a
			where (:query = '' or lower(a.email) like concat('%', :query, '%')
			       or lower(a.displayName) like concat('%', :query, '%')
			       or lower(coalesce(a.organisation, '')) like concat('%', :query, '%'))
			  and (:role is null or a.role = :role)
			  and (:status is null or a.status = :status)
			  and (:deletionRequested = false or (a.deletionRequestedAt is not null and a.erasedAt is null))
			  and (:kind is null
			       or (:kind = 'OFFLINE'
			           and a.email like '%@offline.invalid' and a.emailConfirmedAt is null)
			       or (:kind = 'WEB'
			           and (a.email not like '%@offline.invalid' or a.emailConfirmedAt is not null)))
			""")
	Page<Account> search(String query, AccountRole role, AccountStatus status, boolean deletionRequested, String kind,
			Pageable pageable);

	/**
	 * Accounts whose deletion grace period ended before {@code due}, locked and skipped
	 * by any other instance purging at the same time.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
			name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("""
			select a from Account a
			where a.deletionRequestedAt is not null and a.deletionRequestedAt < :due and a.erasedAt is null
			order by a.deletionRequestedAt""")
	java.util.List<Account> findDueForErasure(java.time.Instant due, org.springframework.data.domain.Limit limit);

	@org.springframework.data.jpa.repository.Modifying
	@Query(value = "delete from account_token where account_id = :accountId", nativeQuery = true)
	int deleteTokens(long accountId);

	/** The account's own row as its person sees it, for their data archive. */
	@Query(value = """
			select a.id, a.email, a.display_name, g.code, a.organisation, a.country, a.region, a.locale, a.role,
			       a.status, a.email_confirmed_at, a.created_at, a.updated_at, a.deletion_requested_at
			from account a join stakeholder_group g on g.id = a.stakeholder_group_id where a.id = :accountId""",
			nativeQuery = true)
	java.util.List<Object[]> findPersonalData(long accountId);

	/**
	 * Records a sign-in in one statement (the last becomes the previous); whether the
	 * account had signed in before.
	 */
	@Query(value = """
			update account set previous_login_at = last_login_at, last_login_at = :now where id = :id
			returning previous_login_at is not null""", nativeQuery = true)
	boolean recordLogin(long id, java.time.Instant now);

}
