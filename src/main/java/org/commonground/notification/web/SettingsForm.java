package org.commonground.notification.web;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.commonground.notification.EmailFrequency;
import org.commonground.notification.NotificationCategory;

/**
 * The email settings: a frequency per category ({@code frequencies[REPLIES]}) and the
 * weekly day.
 */
public class SettingsForm {

	private Map<String, EmailFrequency> frequencies = new LinkedHashMap<>();

	@NotNull
	private DayOfWeek weeklyDay = DayOfWeek.MONDAY;

	static SettingsForm of(Map<NotificationCategory, EmailFrequency> frequencies, DayOfWeek weeklyDay) {
		SettingsForm form = new SettingsForm();
		frequencies.forEach((category, frequency) -> form.frequencies.put(category.name(), frequency));
		form.weeklyDay = weeklyDay;
		return form;
	}

	/** The chosen frequencies of known categories; unknown names are left out. */
	Map<NotificationCategory, EmailFrequency> chosen() {
		Map<NotificationCategory, EmailFrequency> chosen = new EnumMap<>(NotificationCategory.class);
		for (NotificationCategory category : NotificationCategory.values()) {
			EmailFrequency frequency = this.frequencies.get(category.name());
			if (frequency != null) {
				chosen.put(category, frequency);
			}
		}
		return chosen;
	}

	public Map<String, EmailFrequency> getFrequencies() {
		return this.frequencies;
	}

	public void setFrequencies(Map<String, EmailFrequency> frequencies) {
		this.frequencies = frequencies;
	}

	public DayOfWeek getWeeklyDay() {
		return this.weeklyDay;
	}

	public void setWeeklyDay(DayOfWeek weeklyDay) {
		this.weeklyDay = weeklyDay;
	}

}
