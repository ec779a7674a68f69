package org.commonground.sms;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS settings under {@code app.sms} (documented in README.md).
 *
 * @param gateway {@code fake} (messages are kept in memory, for tests and the demo) or
 * {@code http}
 * @param inboundSecret a shared secret the gateway sends in the {@code X-Sms-Secret}
 * header; blank to refuse it
 * @param inboundSigningKey a key for an HMAC-SHA256 of the raw request body, sent hex in
 * {@code X-Sms-Signature} (optionally prefixed {@code sha256=}); blank to refuse it
 * @param hashKey the key (Base64, 32 bytes) of the HMAC that phone numbers are looked up
 * by; blank to generate one into {@code keyFile}
 * @param encryptionKey the AES-256 key (Base64, 32 bytes) phone numbers are encrypted
 * with; blank to generate one into {@code keyFile}
 * @param keyFile where generated keys are kept (like the embedded database's password)
 * @param http the outbound API of the generic HTTP gateway
 * @param inboundPerNumber messages accepted from one number per period
 * @param defaultBudget segments a dialogue may send per calendar month until a
 * facilitator changes it
 * @param pollInterval how often queued messages are sent and answers looked for
 * @param number the phone number or short code people text (JOIN and their answers),
 * shown on the pages of dialogues that take part by SMS; blank: those pages say to ask
 * the facilitators for it
 */
@ConfigurationProperties("app.sms")
public record SmsProperties(@DefaultValue("fake") String gateway, String inboundSecret, String inboundSigningKey,
		String hashKey, String encryptionKey, @DefaultValue("./data/sms-keys.properties") Path keyFile,
		@DefaultValue Http http, @DefaultValue Limit inboundPerNumber, @DefaultValue("500") int defaultBudget,
		@DefaultValue("30s") Duration pollInterval, String number) {

	/**
	 * @param sendUrl where messages are posted (form fields {@code to}, {@code message},
	 * {@code from}), e.g. Africa's Talking's {@code .../version1/messaging} or a RapidPro
	 * external channel's send URL
	 * @param username sent as the {@code username} field when set (Africa's Talking)
	 * @param apiKey sent in the {@code apiKeyHeader} header
	 * @param apiKeyHeader the header the key goes in
	 * @param senderId the sender id or short code, sent as {@code from} when set
	 * @param timeout connect and read timeout
	 */
	public record Http(URI sendUrl, String username, String apiKey, @DefaultValue("apiKey") String apiKeyHeader,
			String senderId, @DefaultValue("10s") Duration timeout) {
	}

	public record Limit(@DefaultValue("20") int capacity, @DefaultValue("1h") Duration period) {
	}

}
