package org.commonground.account;

/** An emailed link is unknown, expired or already used. */
public class InvalidTokenException extends RuntimeException {

	public InvalidTokenException() {
		super("Invalid, expired or used token");
	}

}
