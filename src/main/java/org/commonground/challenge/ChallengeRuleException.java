package org.commonground.challenge;

/**
 * A challenge request that breaks a rule (endorsing one's own challenge, merging into a
 * merged one, posting in a closed dialogue). The message key explains it to the person.
 */
public class ChallengeRuleException extends RuntimeException {

	private final String messageKey;

	public ChallengeRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
