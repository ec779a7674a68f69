package org.commonground.meeting;

/**
 * A request that breaks a rule of meetings (a facilitator who does not facilitate the
 * dialogue, an unknown time zone…). The message key explains it to the person.
 */
public class MeetingRuleException extends RuntimeException {

	private final String messageKey;

	private final String field;

	public MeetingRuleException(String messageKey, String field) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** The form field the rule is about. */
	public String getField() {
		return this.field;
	}

}
