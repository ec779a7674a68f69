package org.commonground.sms;

/** A facilitator's SMS action broke a rule; the key names the message to show. */
public class SmsRuleException extends RuntimeException {

	private final String messageKey;

	public SmsRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
