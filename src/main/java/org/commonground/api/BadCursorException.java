package org.commonground.api;

/** A cursor the list did not give out: answered with 400. */
public class BadCursorException extends RuntimeException {

	public BadCursorException() {
		super("Bad cursor");
	}

}
