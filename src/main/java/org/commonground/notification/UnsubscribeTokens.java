package org.commonground.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signs and checks the tokens of unsubscribe links (HMAC-SHA256): what to stop ("the
 * daily digest of account 7", "replies for account 7") is in the token, so a link works
 * without a login and cannot be forged for someone else. The key comes from
 * {@code app.notification.signing-secret}, or is made once and kept in the database.
 */
@Component
class UnsubscribeTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ACCOUNT = "a";

	private static final String SUBSCRIBER = "n";

	private final NotificationStore store;

	private final NotificationProperties properties;

	private volatile byte[] key;

	UnsubscribeTokens(NotificationStore store, NotificationProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/**
	 * What a token is for: a category or a whole digest of one account, or a newsletter
	 * step of one subscriber (then {@code accountId} is the subscriber's id).
	 */
	record Scope(long accountId, String what) {
	}

	String sign(long accountId, String what) {
		return sign(ACCOUNT, accountId, what);
	}

	Optional<Scope> verify(String token) {
		return verify(ACCOUNT, token);
	}

	/**
	 * A token for a newsletter subscriber (an address without an account): the same key,
	 * another kind, so that neither kind passes for the other.
	 */
	String signSubscriber(long subscriberId, String what) {
		return sign(SUBSCRIBER, subscriberId, what);
	}

	/**
	 * The subscriber's id and what the token is for, if it is a genuine subscriber token.
	 */
	Optional<Scope> verifySubscriber(String token) {
		return verify(SUBSCRIBER, token);
	}

	private String sign(String kind, long id, String what) {
		String payload = kind + "." + id + "." + what;
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + mac(payload);
	}

	private Optional<Scope> verify(String kind, String token) {
		if (token == null || token.length() > 300) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			byte[] expected = mac(payload).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
				return Optional.empty();
			}
			String[] parts = payload.split("\\.", 3);
			if (parts.length != 3 || !kind.equals(parts[0])) {
				return Optional.empty();
			}
			return Optional.of(new Scope(Long.parseLong(parts[1]), parts[2]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			String secret = this.properties.signingSecret();
			if (secret == null || secret.isBlank()) {
				byte[] fresh = new byte[32];
				RANDOM.nextBytes(fresh);
				this.store.storeSecretOnce(ENCODER.encodeToString(fresh));
				secret = this.store.secret().orElseThrow();
			}
			current = secret.getBytes(StandardCharsets.UTF_8);
			this.key = current;
		}
		return current;
	}

}
