package org.commonground.map;

/**
 * A map request that breaks a rule (an actor label taken, a relation from an actor to
 * itself, evidence that is not a challenge of the dialogue). {@code field} names the form
 * field the message belongs next to.
 */
public class MapRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public MapRuleException(String messageKey, String field) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
