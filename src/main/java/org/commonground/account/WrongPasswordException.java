package org.commonground.account;

/** The current password given to confirm a change is not the account's password. */
public class WrongPasswordException extends RuntimeException {

	public WrongPasswordException() {
		super("Wrong current password");
	}

}
