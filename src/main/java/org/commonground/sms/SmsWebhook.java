package org.commonground.sms;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks and reads what a gateway posts to the webhook: the raw body must come with the
 * shared secret ({@code X-Sms-Secret}) or an HMAC-SHA256 of the body under the signing
 * key ({@code X-Sms-Signature}, hex, optionally {@code sha256=}), both compared in
 * constant time; then the body is decoded as strict UTF-8 form fields: {@code id} (or
 * {@code messageId}), {@code from} and {@code text}, as Africa's Talking and RapidPro's
 * external channel post them.
 */
@Component
public class SmsWebhook {

	private final SmsProperties properties;

	SmsWebhook(SmsProperties properties) {
		this.properties = properties;
	}

	/** Whether the request carries the shared secret or a valid signature of its body. */
	public boolean authentic(byte[] body, String secret, String signature) {
		if (StringUtils.hasText(this.properties.inboundSecret()) && secret != null
				&& MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
						this.properties.inboundSecret().getBytes(StandardCharsets.UTF_8))) {
			return true;
		}
		if (StringUtils.hasText(this.properties.inboundSigningKey()) && signature != null) {
			String hex = signature.strip().toLowerCase(Locale.ROOT);
			hex = hex.startsWith("sha256=") ? hex.substring(7) : hex;
			return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
					sign(this.properties.inboundSigningKey(), body).getBytes(StandardCharsets.US_ASCII));
		}
		return false;
	}

	/** The hex HMAC-SHA256 of a body, as a gateway computes it. */
	public static String sign(String key, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The message in a verified body.
	 * @throws IllegalArgumentException if it is not valid UTF-8 form data with an id, a
	 * sender and a text
	 */
	public InboundSms read(byte[] body) {
		String decoded;
		try {
			decoded = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("Not UTF-8", ex);
		}
		Map<String, String> fields = new HashMap<>();
		for (String pair : decoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			fields.putIfAbsent(name, value);
		}
		String id = fields.getOrDefault("id", fields.get("messageId"));
		String from = fields.get("from");
		String text = fields.get("text");
		if (!StringUtils.hasText(id) || id.length() > 100 || !StringUtils.hasText(from) || text == null
				|| text.length() > 2000) {
			throw new IllegalArgumentException("Missing or oversized field");
		}
		PhoneNumbers.normalise(from);
		return new InboundSms(id.strip(), from, text);
	}

	private static String decode(String value) {
		byte[] bytes = percentDecode(value);
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\u0000') >= 0) {
				throw new IllegalArgumentException("NUL in a field");
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("Not UTF-8", ex);
		}
	}

	private static byte[] percentDecode(String value) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '+') {
				out.write(' ');
			}
			else if (c == '%' && i + 2 < value.length()) {
				out.write(HexFormat.fromHexDigits(value, i + 1, i + 3));
				i += 2;
			}
			else if (c == '%') {
				throw new IllegalArgumentException("Broken escape");
			}
			else {
				byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				out.write(bytes, 0, bytes.length);
			}
		}
		return out.toByteArray();
	}

}
