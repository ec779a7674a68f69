package org.commonground.dialogue;

/**
 * A request that breaks a rule of dialogues or memberships (joining a closed dialogue, an
 * unknown transition, a used-up invitation…). The message key explains it to the person.
 */
public class DialogueRuleException extends RuntimeException {

	private final String messageKey;

	public DialogueRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
