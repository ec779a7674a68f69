package org.commonground.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.persistence.ReferenceData;
import org.commonground.shared.persistence.ReferenceDataProperties;
import org.commonground.shared.web.LabelledItem;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
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

	private final ReferenceData<StakeholderGroup> byId;

	StakeholderGroupService(StakeholderGroupRepository groups, ApplicationEventPublisher events,
			ReferenceDataProperties cache, Clock clock) {
		this.groups = groups;
		this.events = events;
		this.byId = new ReferenceData<>(groups::findAll, StakeholderGroup::getId, cache.maxAge(), clock);
	}

	/**
	 * Every group, retired ones too, by id; no statement once loaded (read when the
	 * application is ready, again after {@code app.reference-data.max-age}). Modules that
	 * count by group hold group ids and name them here.
	 */
	public Map<Long, StakeholderGroup> byId() {
		return this.byId.byId();
	}

	/** Reads the rows once the application is ready, so that no page pays for it. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional(readOnly = true)
	public void load() {
		byId();
	}

	/** The code of the group with this id. */
	public String codeOf(long groupId) {
		StakeholderGroup group = this.byId.get(groupId);
		return (group != null) ? group.getCode() : "OTHER";
	}

	/**
	 * The name of the group with this id in {@code locale}, from memory: modules that
	 * keep an author's group id show it with this.
	 */
	public String labelOf(long groupId, Locale locale) {
		StakeholderGroup group = this.byId.get(groupId);
		return (group != null) ? group.label(locale) : codeOf(groupId);
	}

	/** Active groups in display order. */
	public List<StakeholderGroup> activeGroups() {
		return this.groups.findByActiveTrueOrderBySortOrder();
	}

	public Optional<StakeholderGroup> findActive(String code) {
		return (code != null) ? this.groups.findByCodeAndActiveTrue(code) : Optional.empty();
	}

	/**
	 * How many accounts say they speak for each group, by code, for the admins' editor.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Map<String, Long> usage() {
		Map<String, Long> counts = new java.util.HashMap<>();
		for (Object[] row : this.groups.countAccountsByCode()) {
			counts.put((String) row[0], (Long) row[1]);
		}
		return counts;
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
		StakeholderGroup group = this.groups.findByCode(item.code())
			.orElseThrow(org.commonground.shared.web.NotFoundException::new);
		String changes = group.changes(item.labels(), item.active());
		group.relabel(item.labels(), item.active());
		this.byId.refreshAfterCommit();
		this.events
			.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.STAKEHOLDER_GROUPS_CHANGED, item.code(), changes));
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
		this.byId.refreshAfterCommit();
		this.events
			.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.STAKEHOLDER_GROUPS_CHANGED, item.code(), "ADDED"));
		return true;
	}

}
