package org.commonground.account;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the stakeholder groups people can speak for. */
@Service
@Transactional(readOnly = true)
public class StakeholderGroupService {

	private final StakeholderGroupRepository groups;

	StakeholderGroupService(StakeholderGroupRepository groups) {
		this.groups = groups;
	}

	/** Active groups in display order. */
	public List<StakeholderGroup> activeGroups() {
		return this.groups.findByActiveTrueOrderBySortOrder();
	}

	public Optional<StakeholderGroup> findActive(String code) {
		return (code != null) ? this.groups.findByCodeAndActiveTrue(code) : Optional.empty();
	}

}
