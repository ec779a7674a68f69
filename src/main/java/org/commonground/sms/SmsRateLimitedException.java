package org.commonground.sms;

/** A number sent more messages than {@code app.sms.inbound-per-number} allows. */
public class SmsRateLimitedException extends RuntimeException {

	public SmsRateLimitedException() {
		super("Too many messages from one number");
	}

}
