package org.commonground.notification;

/**
 * What a notification is about, each with its own email frequency. Replies to me and
 * moderation notices default to immediate email, the rest to the daily digest.
 */
public enum NotificationCategory {

	/** A reply to my comment. */
	REPLIES(EmailFrequency.IMMEDIATE),
	/**
	 * A response to, a status change of, or a new top-level comment on a challenge I
	 * raised or follow.
	 */
	CHALLENGES(EmailFrequency.DAILY),
	/**
	 * A facilitator's answer (disposition) to my comment on the vision, or decision on my
	 * proposal or dispute of the map or on a link I suggested for the library.
	 */
	ANSWERS(EmailFrequency.DAILY),
	/** A new version of the vision of a dialogue I follow. */
	VISION(EmailFrequency.DAILY),
	/** A new meeting or published minutes in a dialogue I follow. */
	MEETINGS(EmailFrequency.DAILY),
	/**
	 * My contribution was hidden, restored or approved (pre-moderation held it). The
	 * moderation module emails its notice right away itself, so IMMEDIATE sends no second
	 * email; DAILY or WEEKLY also lists it in the digest.
	 */
	MODERATION(EmailFrequency.IMMEDIATE, false),
	/**
	 * For facilitators: a join request to decide, a new report, a new challenge, a
	 * proposal or dispute of the map or a suggested link waiting for a decision.
	 */
	FACILITATION(EmailFrequency.DAILY);

	private final EmailFrequency defaultFrequency;

	private final boolean immediateEmail;

	NotificationCategory(EmailFrequency defaultFrequency) {
		this(defaultFrequency, true);
	}

	NotificationCategory(EmailFrequency defaultFrequency, boolean immediateEmail) {
		this.defaultFrequency = defaultFrequency;
		this.immediateEmail = immediateEmail;
	}

	/**
	 * Whether this module sends the immediate email (or the owning module already does).
	 */
	boolean sendsImmediateEmail() {
		return this.immediateEmail;
	}

	public EmailFrequency defaultFrequency() {
		return this.defaultFrequency;
	}

}
