package org.commonground.comment;

/**
 * A comment request that breaks a rule (replying too deep, to a deleted comment, on a
 * closed thread). The message key explains it to the person.
 */
public class CommentRuleException extends RuntimeException {

	private final String messageKey;

	public CommentRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
