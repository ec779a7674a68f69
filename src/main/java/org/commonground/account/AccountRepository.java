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

	boolean existsByEmail(String email);

	boolean existsByRole(AccountRole role);

	@Query("select a.status, count(a) from Account a group by a.status")
	java.util.List<Object[]> countByStatus();

	@Query(value = """
			select a from Account a join fetch a.stakeholderGroup
			where (:query = '' or lower(a.email) like concat('%', :query, '%')
			       or lower(a.displayName) like concat('%', :query, '%')
			       or lower(coalesce(a.organisation, '')) like concat('%', :query, '%'))
			  and (:role is null or a.role = :role)
			  and (:status is null or a.status = :status)
			""", countQuery = """
			select count(a) from Account a
			where (:query = '' or lower(a.email) like concat('%', :query, '%')
			       or lower(a.displayName) like concat('%', :query, '%')
			       or lower(coalesce(a.organisation, '')) like concat('%', :query, '%'))
			  and (:role is null or a.role = :role)
			  and (:status is null or a.status = :status)
			""")
	Page<Account> search(String query, AccountRole role, AccountStatus status, Pageable pageable);

}
