package org.commonground.vision;

/**
 * A vision request that breaks a rule (an empty text, a stance on an old version, a
 * landed version that does not exist). The message key explains it to the person.
 */
public class VisionRuleException extends RuntimeException {

	private final String messageKey;

	public VisionRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
