package org.commonground.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dialogue's moderation choices; a dialogue without one uses the defaults. */
@Entity
@Table(name = "moderation_setting")
public class ModerationSetting {

	/**
	 * Most first contributions pre-moderation can hold, and most reports before hiding.
	 */
	public static final int MAX_PREMODERATED = 20;

	public static final int MAX_AUTO_HIDE_REPORTS = 50;

	@Id
	@Column(name = "dialogue_id")
	private Long dialogueId;

	@Column(name = "premoderate_first", nullable = false)
	private int premoderateFirst;

	@Column(name = "auto_hide_reports", nullable = false)
	private int autoHideReports;

	@Column(name = "public_log", nullable = false)
	private boolean publicLog;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ModerationSetting() {
	}

	ModerationSetting(long dialogueId, int premoderateFirst, int autoHideReports, boolean publicLog,
			Instant updatedAt) {
		this.dialogueId = dialogueId;
		change(premoderateFirst, autoHideReports, publicLog, updatedAt);
	}

	void change(int premoderateFirst, int autoHideReports, boolean publicLog, Instant now) {
		this.premoderateFirst = premoderateFirst;
		this.autoHideReports = autoHideReports;
		this.publicLog = publicLog;
		this.updatedAt = now;
	}

	public Long getDialogueId() {
		return this.dialogueId;
	}

	/** The first contributions of a member that wait for approval (0: none). */
	public int getPremoderateFirst() {
		return this.premoderateFirst;
	}

	/** Open reports that hide a contribution pending review (0: never). */
	public int getAutoHideReports() {
		return this.autoHideReports;
	}

	public boolean isPublicLog() {
		return this.publicLog;
	}

}
