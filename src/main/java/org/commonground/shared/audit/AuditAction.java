package org.commonground.shared.audit;

/**
 * The moderation and administrative actions the audit log records. Those marked public
 * also appear, without personal data, in a dialogue's public moderation log.
 */
public enum AuditAction {

	CONTENT_HIDDEN(true), CONTENT_AUTO_HIDDEN(true), CONTENT_RESTORED(true), CONTENT_APPROVED(true),
	REPORTS_DISMISSED(true), REVIEW_REQUESTED(true), REVIEW_RESTORED(true), REVIEW_KEPT_HIDDEN(true),
	THREAD_LOCKED(true), THREAD_UNLOCKED(true), MEMBER_REMOVED(true), MODERATION_SETTINGS_CHANGED(true),
	MEMBERSHIP_APPROVED(false), MEMBERSHIP_DECLINED(false), FACILITATOR_APPOINTED(false), DIALOGUE_CREATED(false),
	DIALOGUE_EDITED(false), DIALOGUE_STATUS_CHANGED(false), ACCOUNT_SUSPENDED(false), ACCOUNT_REACTIVATED(false),
	ACCOUNT_ROLE_CHANGED(false), STAKEHOLDER_GROUPS_CHANGED(false), THEMES_CHANGED(false), EXPORT_DOWNLOADED(false),
	EXPORT_WITH_IDENTITIES(false), EMAIL_RESENT(false), ACCOUNT_ERASED(false), API_TOKEN_ISSUED(false),
	API_TOKEN_REVOKED(false), TRANSLATOR_MARKED(false), TRANSLATOR_UNMARKED(false), ACCOUNT_DATA_HANDED_OVER(false),
	ACCOUNT_DELETION_REQUESTED(false), ACCOUNT_DELETION_CANCELLED(false), SMS_NUMBER_FORGOTTEN(false),
	MEETING_CANCELLED(false), ACCOUNT_EMAIL_CHANGED(false), ACCOUNT_DELETION_SELF_REQUESTED(false),
	ACCOUNT_DELETION_SELF_CANCELLED(false), CHALLENGE_MERGED(false), INVITATION_CREATED(false),
	INVITATION_REVOKED(false), FACILITATION_WITHDRAWN(false), RESOURCE_EDITED(false), RESOURCE_DELETED(false),
	PHOTO_FRAME_EDITED(false), PHOTO_FRAME_MOVED(false), PHOTO_FRAME_REMOVED(false), MAP_PROPOSAL_ACCEPTED(false),
	MAP_PROPOSAL_DECLINED(false), MAP_DISPUTE_ACCEPTED(false), MAP_DISPUTE_DECLINED(false), MAP_ACTOR_REMOVED(false),
	MAP_IMPORTED(false), RESOURCE_SUGGESTION_ACCEPTED(false), RESOURCE_SUGGESTION_DECLINED(false),
	MINUTES_CORRECTED(false), CHALLENGE_STATUS_CHANGED(false), NEWSLETTER_SENT(false), SMS_RETRIED(false);

	private final boolean publicInLog;

	AuditAction(boolean publicInLog) {
		this.publicInLog = publicInLog;
	}

	/** Shown in the dialogue's public moderation log. */
	public boolean publicInLog() {
		return this.publicInLog;
	}

}
