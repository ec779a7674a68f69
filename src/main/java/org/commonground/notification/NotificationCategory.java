package org.commonground.notification;

/**
 * What a notification is about, each with its own email frequency. Replies to me and
 * moderation notices default to immediate email, the rest to the daily digest.
 */
public enum NotificationCategory {

	/** A reply to my comment. */
	REPLIES(EmailFrequency.IMMEDIATE),
	/** A response to, or a status change of, a challenge I raised or follow. */
	CHALLENGES(EmailFrequency.DAILY),
	/** A facilitator's answer (disposition) to my comment on the vision. */
	ANSWERS(EmailFrequency.DAILY),
	/** A new version of the vision of a dialogue I follow. */
	VISION(EmailFrequency.DAILY),
	/**
	 * A new meeting or published minutes in a dialogue I follow (fed once the meeting
	 * module publishes its events).
	 */
	MEETINGS(EmailFrequency.DAILY),
	/** My contribution was hidden or restored. */
	MODERATION(EmailFrequency.IMMEDIATE),
	/** For facilitators: a join request to decide, a new report. */
	FACILITATION(EmailFrequency.DAILY);

	private final EmailFrequency defaultFrequency;

	NotificationCategory(EmailFrequency defaultFrequency) {
		this.defaultFrequency = defaultFrequency;
	}

	public EmailFrequency defaultFrequency() {
		return this.defaultFrequency;
	}

}
