package org.commonground.dialogue;

import java.util.List;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.LabelledItem;
import org.commonground.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins rename, add and retire themes. */
@Service
@Transactional
public class ThemeService {

	private final ThemeRepository themes;

	private final ApplicationEventPublisher events;

	ThemeService(ThemeRepository themes, ApplicationEventPublisher events) {
		this.themes = themes;
		this.events = events;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<LabelledItem> allForEditing() {
		return this.themes.findAll(Sort.by("sortOrder"))
			.stream()
			.map((t) -> new LabelledItem(t.getCode(), t.getLabels(), t.isActive()))
			.toList();
	}

	/** Renames a theme in every language, or (de)activates it; its code never changes. */
	@PreAuthorize("hasRole('ADMIN')")
	public void update(LabelledItem item, long adminId) {
		this.themes.findByCode(item.code()).orElseThrow(NotFoundException::new).relabel(item.labels(), item.active());
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.THEMES_CHANGED, item.code()));
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
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.THEMES_CHANGED, item.code()));
		return true;
	}

}
