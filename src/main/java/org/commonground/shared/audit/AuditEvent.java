package org.commonground.shared.audit;

/**
 * A moderation or administrative action that happened, published by the module that did
 * it inside the transaction that did it. The audit log (in the {@code moderation} module)
 * writes it in that same transaction, so an action is never stored without its entry.
 *
 * @param actorId who did it, or {@code null} when the platform did (an automatic hide)
 * @param dialogueId the dialogue it concerns, or {@code null} for platform-wide actions
 * @param subjectType what kind of thing it was done to ({@code COMMENT}, {@code ACCOUNT},
 * ...)
 * @param subjectAccountId the person it affects (the author of hidden content, the
 * removed member), if any
 * @param reason a reason category or new value, if any
 * @param note free text the actor wrote, if any
 */
public record AuditEvent(Long actorId, AuditAction action, Long dialogueId, String subjectType, Long subjectId,
		Long subjectAccountId, String reason, String note) {

	/** An action on an account, such as a suspension. */
	public static AuditEvent onAccount(long actorId, AuditAction action, long accountId, String reason) {
		return new AuditEvent(actorId, action, null, "ACCOUNT", accountId, accountId, reason, null);
	}

	/** A platform-wide change, such as a renamed stakeholder group (its code). */
	public static AuditEvent onPlatform(long actorId, AuditAction action, String code) {
		return new AuditEvent(actorId, action, null, null, null, null, code, null);
	}

	/**
	 * A platform-wide change with a note saying what changed, such as a retired theme
	 * (its code, and {@code RETIRED}).
	 */
	public static AuditEvent onPlatform(long actorId, AuditAction action, String code, String note) {
		return new AuditEvent(actorId, action, null, null, null, null, code, note);
	}

	/** An action on a dialogue as a whole. */
	public static AuditEvent onDialogue(long actorId, AuditAction action, long dialogueId, String reason) {
		return new AuditEvent(actorId, action, dialogueId, "DIALOGUE", dialogueId, null, reason, null);
	}

}
