package org.commonground.account;

import java.util.List;
import java.util.Optional;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.LabelledItem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the stakeholder groups people can speak for. */
@Service
@Transactional(readOnly = true)
public class StakeholderGroupService {

	private final StakeholderGroupRepository groups;

	private final ApplicationEventPublisher events;

	StakeholderGroupService(StakeholderGroupRepository groups, ApplicationEventPublisher events) {
		this.groups = groups;
		this.events = events;
	}

	/** Active groups in display order. */
	public List<StakeholderGroup> activeGroups() {
		return this.groups.findByActiveTrueOrderBySortOrder();
	}

	public Optional<StakeholderGroup> findActive(String code) {
		return (code != null) ? this.groups.findByCodeAndActiveTrue(code) : Optional.empty();
	}

	/** Every group, active or not, for the admins' editor. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<LabelledItem> allForEditing() {
		return this.groups.findAll(Sort.by("sortOrder"))
			.stream()
			.map((g) -> new LabelledItem(g.getCode(), g.getLabels(), g.isActive()))
			.toList();
	}

	/** Renames a group in every language, or (de)activates it; its code never changes. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(LabelledItem item, long adminId) {
		this.groups.findByCode(item.code())
			.orElseThrow(org.commonground.shared.web.NotFoundException::new)
			.relabel(item.labels(), item.active());
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.STAKEHOLDER_GROUPS_CHANGED, item.code()));
	}

	/**
	 * Adds a group at the end of the list.
	 * @return false if the code is taken
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public boolean create(LabelledItem item, long adminId) {
		if (this.groups.findByCode(item.code()).isPresent()) {
			return false;
		}
		int last = this.groups.findAll().stream().mapToInt(StakeholderGroup::getSortOrder).max().orElse(0);
		this.groups.save(new StakeholderGroup(item.code(), item.labels(), last + 10));
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.STAKEHOLDER_GROUPS_CHANGED, item.code()));
		return true;
	}

}
