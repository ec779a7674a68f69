package org.commonground.sms;

/**
 * Sends a text message to a phone. Inbound messages arrive through the webhook
 * ({@code POST /sms/inbound}) or, for the fake gateway, through
 * {@link FakeSmsGateway#deliver}; both end in {@link SmsConversation#receive}.
 */
public interface SmsGateway {

	/** A short name for the admin console ("http", "fake"). */
	String name();

	/** Whether the gateway has what it needs to send (an address, a key). */
	boolean configured();

	/**
	 * Sends one message (the gateway splits it into the segments already counted).
	 * @return the gateway's id of the message
	 * @throws SmsSendException when the gateway refused it or could not be reached
	 */
	String send(String phoneNumber, String text);

}
