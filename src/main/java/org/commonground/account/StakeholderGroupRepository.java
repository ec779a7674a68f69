package org.commonground.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StakeholderGroupRepository extends JpaRepository<StakeholderGroup, Long> {

	Optional<StakeholderGroup> findByCodeAndActiveTrue(String code);

	List<StakeholderGroup> findByActiveTrueOrderBySortOrder();

	Optional<StakeholderGroup> findByCode(String code);

	/** Accounts per group code, for the admins' page (groups with none left out). */
	@Query("SELECT a.stakeholderGroup.code, count(a) FROM Account a GROUP BY a.stakeholderGroup.code")
	List<Object[]> countAccountsByCode();

}
