package org.commonground.account;

/**
 * A new password that breaks the {@link PasswordPolicy} in a way only the service can
 * see, such as being the person's own email or name. The message key explains it beside
 * the password field.
 */
public class UnacceptablePasswordException extends RuntimeException {

	private final PasswordPolicy.Violation violation;

	UnacceptablePasswordException(PasswordPolicy.Violation violation) {
		super(violation.name());
		this.violation = violation;
	}

	public String getMessageKey() {
		return this.violation.messageKey();
	}

}
