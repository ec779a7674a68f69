package org.commonground.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StakeholderGroupRepository extends JpaRepository<StakeholderGroup, Long> {

	Optional<StakeholderGroup> findByCodeAndActiveTrue(String code);

	List<StakeholderGroup> findByActiveTrueOrderBySortOrder();

	Optional<StakeholderGroup> findByCode(String code);

}
