package org.commonground.dialogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.persistence.ReferenceData;
import org.commonground.shared.persistence.ReferenceDataProperties;
import org.commonground.shared.web.LabelledItem;
import org.commonground.shared.web.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes: admins rename, add and retire them; every module that tags things with themes
 * holds their ids and reads their labels here, from memory.
 */
@Service
@Transactional
public class ThemeService {

	private final ThemeRepository themes;

	private final ApplicationEventPublisher events;

	private final ReferenceData<Theme> byId;

	private final ObjectProvider<ThemeUsage> usages;

	ThemeService(ThemeRepository themes, ApplicationEventPublisher events, ReferenceDataProperties cache, Clock clock,
			ObjectProvider<ThemeUsage> usages) {
		this.usages = usages;
		this.themes = themes;
		this.events = events;
		this.byId = new ReferenceData<>(themes::findAll, Theme::getId, cache.maxAge(), clock);
	}

	/**
	 * Every theme, retired ones too, by id; no statement once loaded (an admin's edit on
	 * another instance shows within {@code app.reference-data.max-age}).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Theme> byId() {
		return this.byId.byId();
	}

	/** Reads the rows once the application is ready, so that no page pays for it. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional(readOnly = true)
	public void load() {
		byId();
	}

	/** The themes with these ids, in display order; unknown ids are left out. */
	@Transactional(readOnly = true)
	public List<Theme> ofIds(java.util.Collection<Long> ids) {
		return ids.stream()
			.map(this.byId::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparingInt(Theme::getSortOrder))
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<LabelledItem> allForEditing() {
		return this.themes.findAll(Sort.by("sortOrder"))
			.stream()
			.map((t) -> new LabelledItem(t.getCode(), t.getLabels(), t.isActive()))
			.toList();
	}

	/**
	 * How many dialogues, challenges and resources carry each theme, by code (themes with
	 * none left out): one statement per module that tags things.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<String, Long> usage() {
		Map<Long, Theme> all = byId();
		Map<String, Long> byCode = new java.util.HashMap<>();
		this.usages.orderedStream().forEach((usage) -> usage.countByTheme().forEach((id, count) -> {
			Theme theme = all.get(id);
			if (theme != null) {
				byCode.merge(theme.getCode(), count, Long::sum);
			}
		}));
		return byCode;
	}

	/** Renames a theme in every language, or (de)activates it; its code never changes. */
	@PreAuthorize("hasRole('ADMIN')")
	public void update(LabelledItem item, long adminId) {
		Theme theme = this.themes.findByCode(item.code()).orElseThrow(NotFoundException::new);
		String changes = theme.changes(item.labels(), item.active());
		theme.relabel(item.labels(), item.active());
		this.byId.refreshAfterCommit();
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.THEMES_CHANGED, item.code(), changes));
	}

	/**
	 * Adds a theme at the end of the list.
	 * @return false if the code is taken
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean create(LabelledItem item, long adminId) {
		if (this.themes.findByCode(item.code()).isPresent()) {
			return false;
		}
		int last = this.themes.findAll().stream().mapToInt(Theme::getSortOrder).max().orElse(0);
		this.themes.save(new Theme(item.code(), item.labels(), last + 10));
		this.byId.refreshAfterCommit();
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.THEMES_CHANGED, item.code(), "ADDED"));
		return true;
	}

}
