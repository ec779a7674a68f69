package org.commonground.moderation;

/** A moderation request that breaks a rule; the message key says which. */
public class ModerationRuleException extends RuntimeException {

	private final String messageKey;

	public ModerationRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
