package org.commonground.account;

/**
 * An administrative change that would break a rule, such as an admin suspending or
 * demoting themselves. The message key explains it to the admin.
 */
public class AccountRuleException extends RuntimeException {

	private final String messageKey;

	public AccountRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
