package org.commonground.export;

import java.time.LocalDate;

/**
 * What an export contains besides the defaults.
 *
 * @param identities the authors' display names instead of "Participant n" (admins only;
 * recorded in the audit log)
 * @param includeHidden hidden and held contributions with their text, marked (admins
 * only)
 * @param from first day of contributions, inclusive (UTC), or {@code null}
 * @param to last day, inclusive (UTC), or {@code null}
 */
public record ExportOptions(boolean identities, boolean includeHidden, LocalDate from, LocalDate to) {

	public static ExportOptions defaults() {
		return new ExportOptions(false, false, null, null);
	}

	/** A short description for the audit log. */
	String describe() {
		StringBuilder text = new StringBuilder();
		text.append(this.identities ? "identities" : "anonymised");
		if (this.includeHidden) {
			text.append(", hidden content included");
		}
		if (this.from != null || this.to != null) {
			text.append(", ")
				.append((this.from != null) ? this.from : "…")
				.append(" to ")
				.append((this.to != null) ? this.to : "…");
		}
		return text.toString();
	}

}
