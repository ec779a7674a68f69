package org.commonground.shared.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What an export held, as its audit entry keeps it: in codes and ISO dates, never in one
 * language, so that the audit log describes it in the reader's language. Stored as the
 * entry's note, like {@code export;identities;hidden;from=2026-01-01;to=2026-01-31}.
 *
 * @param identities the authors' names instead of "Participant n"
 * @param includeHidden hidden content included
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 */
public record ExportDescription(boolean identities, boolean includeHidden, LocalDate from, LocalDate to) {

	private static final String PREFIX = "export";

	/** The stored form. */
	public String code() {
		StringBuilder code = new StringBuilder(PREFIX);
		code.append(this.identities ? ";identities" : ";anonymised");
		if (this.includeHidden) {
			code.append(";hidden");
		}
		if (this.from != null) {
			code.append(";from=").append(this.from);
		}
		if (this.to != null) {
			code.append(";to=").append(this.to);
		}
		return code.toString();
	}

	/** Whether a period was chosen. */
	public boolean period() {
		return this.from != null || this.to != null;
	}

	/**
	 * Reads a stored form back; {@code null} for anything else, such as the English text
	 * older entries hold (shown as written).
	 */
	public static ExportDescription parse(String note) {
		if (note == null || !note.startsWith(PREFIX + ";")) {
			return null;
		}
		Boolean identities = null;
		boolean hidden = false;
		LocalDate from = null;
		LocalDate to = null;
		try {
			for (String part : note.substring(PREFIX.length() + 1).split(";", -1)) {
				if (part.equals("identities") || part.equals("anonymised")) {
					identities = part.equals("identities");
				}
				else if (part.equals("hidden")) {
					hidden = true;
				}
				else if (part.startsWith("from=")) {
					from = LocalDate.parse(part.substring(5));
				}
				else if (part.startsWith("to=")) {
					to = LocalDate.parse(part.substring(3));
				}
				else {
					return null;
				}
			}
		}
		catch (DateTimeParseException ex) {
			return null;
		}
		return (identities != null) ? new ExportDescription(identities, hidden, from, to) : null;
	}

}
