package org.commonground.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway of tests and the demo ({@code app.sms.gateway=fake}): sent messages are
 * kept in memory, and {@link #deliver} hands a text "from a phone" to the same
 * conversation the webhook uses. It can be told to fail, to show failed messages and
 * their retry.
 */
public class FakeSmsGateway implements SmsGateway {

	/** A message sent through the fake gateway. */
	public record Sent(String to, String text) {
	}

	private final List<Sent> sent = new ArrayList<>();

	private final AtomicBoolean failing = new AtomicBoolean();

	private final SmsConversation conversation;

	FakeSmsGateway(SmsConversation conversation) {
		this.conversation = conversation;
	}

	@Override
	public String name() {
		return "fake";
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public synchronized String send(String phoneNumber, String text) {
		if (this.failing.get()) {
			throw new SmsSendException("The fake gateway is set to fail");
		}
		this.sent.add(new Sent(phoneNumber, text));
		return UUID.randomUUID().toString();
	}

	/**
	 * Receives a text from a phone, as the webhook would after checking its signature.
	 */
	public void deliver(String messageId, String from, String text) {
		this.conversation.receive(new InboundSms(messageId, from, text));
	}

	/** The messages sent to a number, oldest first. */
	public synchronized List<String> sentTo(String phoneNumber) {
		String to = PhoneNumbers.normalise(phoneNumber);
		return this.sent.stream().filter((s) -> s.to().equals(to)).map(Sent::text).toList();
	}

	/** Makes every following send fail (or succeed again). */
	public void failing(boolean failing) {
		this.failing.set(failing);
	}

}
