package org.commonground.moderation;

import java.time.LocalDate;

import org.commonground.shared.audit.AuditAction;

/**
 * What to show of the audit log: all filters optional; {@code before} is the keyset (an
 * entry id) of the next page.
 *
 * @param dialogue a dialogue's slug (admins' log only)
 * @param actor part of the actor's name or email
 * @param from first day, inclusive (UTC)
 * @param to last day, inclusive (UTC)
 */
public record AuditFilter(AuditAction action, String dialogue, String actor, LocalDate from, LocalDate to,
		Long before) {

	/** Whether the period ends before it starts (nothing can match it). */
	public boolean reversed() {
		return this.from != null && this.to != null && this.from.isAfter(this.to);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
