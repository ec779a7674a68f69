package org.commonground.moderation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.ui.Model;

/**
 * The From and To days of an audit log's filter as typed: a text that is no day (ISO
 * {@code 2026-12-07}) is said beside its field with the text kept, and filters nothing,
 * instead of the generic 400 page.
 */
record AuditPeriod(LocalDate from, LocalDate to, String fromText, String toText) {

	static AuditPeriod parse(String from, String to) {
		return new AuditPeriod(day(from), day(to), from, to);
	}

	boolean fromError() {
		return this.from == null && this.fromText != null && !this.fromText.isBlank();
	}

	boolean toError() {
		return this.to == null && this.toText != null && !this.toText.isBlank();
	}

	/**
	 * Puts the errors, and the texts of days that are none, where the page shows them.
	 */
	void addTo(Model model) {
		model.addAttribute("fromError", fromError());
		model.addAttribute("toError", toError());
		model.addAttribute("fromText", fromError() ? this.fromText : null);
		model.addAttribute("toText", toError() ? this.toText : null);
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
