package org.commonground.moderation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.commonground.moderation.ModerationSetting;

/** A dialogue's moderation settings. */
public class SettingsForm {

	@NotNull(message = "{moderation.settings.error.premoderate}")
	@Min(value = 0, message = "{moderation.settings.error.premoderate}")
	@Max(value = ModerationSetting.MAX_PREMODERATED, message = "{moderation.settings.error.premoderate}")
	private Integer premoderateFirst;

	@NotNull(message = "{moderation.settings.error.auto-hide}")
	@Min(value = 0, message = "{moderation.settings.error.auto-hide}")
	@Max(value = ModerationSetting.MAX_AUTO_HIDE_REPORTS, message = "{moderation.settings.error.auto-hide}")
	private Integer autoHideReports;

	private boolean publicLog;

	static SettingsForm of(ModerationSetting setting) {
		SettingsForm form = new SettingsForm();
		form.premoderateFirst = setting.getPremoderateFirst();
		form.autoHideReports = setting.getAutoHideReports();
		form.publicLog = setting.isPublicLog();
		return form;
	}

	public Integer getPremoderateFirst() {
		return this.premoderateFirst;
	}

	public void setPremoderateFirst(Integer premoderateFirst) {
		this.premoderateFirst = premoderateFirst;
	}

	public Integer getAutoHideReports() {
		return this.autoHideReports;
	}

	public void setAutoHideReports(Integer autoHideReports) {
		this.autoHideReports = autoHideReports;
	}

	public boolean isPublicLog() {
		return this.publicLog;
	}

	public void setPublicLog(boolean publicLog) {
		this.publicLog = publicLog;
	}

}
