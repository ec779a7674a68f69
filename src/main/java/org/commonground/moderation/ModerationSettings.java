package org.commonground.moderation;

import java.time.Clock;
import java.time.Instant;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dialogue's moderation choices: pre-moderation of first contributions, hiding after
 * reports, a public log. Its facilitators and admins change them.
 */
@Service
@Transactional(readOnly = true)
public class ModerationSettings {

	private final ModerationSettingRepository settings;

	private final DialogueAccess access;

	private final AuditLog audit;

	private final ModerationProperties properties;

	private final Clock clock;

	ModerationSettings(ModerationSettingRepository settings, DialogueAccess access, AuditLog audit,
			ModerationProperties properties, Clock clock) {
		this.settings = settings;
		this.access = access;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** A dialogue the viewer moderates, for the settings page's heading. */
	public DialogueView moderated(String slug, AccountPrincipal viewer) {
		return this.access.facilitated(slug, viewer);
	}

	/** The settings of a dialogue the caller may read (defaults when never set). */
	public ModerationSetting setting(long dialogueId) {
		return this.settings.findById(dialogueId)
			.orElseGet(() -> new ModerationSetting(dialogueId, 0, this.properties.autoHideReports(), true,
					this.clock.instant()));
	}

	@Transactional
	public void updateSettings(String slug, AccountPrincipal viewer, int premoderateFirst, int autoHideReports,
			boolean publicLog) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (premoderateFirst < 0 || premoderateFirst > ModerationSetting.MAX_PREMODERATED) {
			throw new ModerationRuleException("moderation.settings.error.premoderate");
		}
		if (autoHideReports < 0 || autoHideReports > ModerationSetting.MAX_AUTO_HIDE_REPORTS) {
			throw new ModerationRuleException("moderation.settings.error.auto-hide");
		}
		long dialogueId = view.dialogue().getId();
		Instant now = this.clock.instant();
		ModerationSetting setting = this.settings.findById(dialogueId).orElse(null);
		if (setting == null) {
			this.settings.save(new ModerationSetting(dialogueId, premoderateFirst, autoHideReports, publicLog, now));
		}
		else {
			setting.change(premoderateFirst, autoHideReports, publicLog, now);
		}
		this.audit.record(new AuditEvent(viewer.getId(), AuditAction.MODERATION_SETTINGS_CHANGED, dialogueId,
				"DIALOGUE", dialogueId, null, null,
				"premoderate=" + premoderateFirst + ", auto-hide=" + autoHideReports + ", public-log=" + publicLog));
	}

}
