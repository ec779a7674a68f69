package org.commonground.export;

import java.time.LocalDate;

import org.commonground.shared.audit.ExportDescription;

/**
 * What an export contains besides the defaults.
 *
 * @param identities the authors' display names instead of "Participant n" (admins only;
 * recorded in the audit log)
 * @param includeHidden hidden and held contributions with their text, marked (admins
 * only)
 * @param from first day of contributions, inclusive, a day in the dialogue's time zone,
 * or {@code null}
 * @param to last day, inclusive, in the dialogue's time zone, or {@code null}
 */
public record ExportOptions(boolean identities, boolean includeHidden, LocalDate from, LocalDate to) {

	public static ExportOptions defaults() {
		return new ExportOptions(false, false, null, null);
	}

	/**
	 * A short description for the audit log, in codes (see {@link ExportDescription}):
	 * the log shows it in its reader's language.
	 */
	String describe() {
		return new ExportDescription(this.identities, this.includeHidden, this.from, this.to).code();
	}

}
