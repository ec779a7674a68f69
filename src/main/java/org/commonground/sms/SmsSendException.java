package org.commonground.sms;

/** The gateway refused a message or could not be reached. */
public class SmsSendException extends RuntimeException {

	public SmsSendException(String message) {
		super(message);
	}

	public SmsSendException(String message, Throwable cause) {
		super(message, cause);
	}

}
