package org.commonground.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message to send: plain text first, with an optional HTML alternative and extra
 * headers (such as {@code List-Unsubscribe}).
 *
 * @param accountId the account the message is about (whatever address it goes to), or
 * {@code null} for an address that is no account's (a newsletter subscriber): the
 * account's data archive lists it and the account's erasure deletes it
 * @param html the HTML alternative, or {@code null} for plain text only
 * @param headers extra headers, in order; names and values without line breaks
 */
public record MailMessage(Long accountId, String recipient, String subject, String text, String html,
		Map<String, String> headers) {

	public MailMessage {
		headers = (headers != null) ? new LinkedHashMap<>(headers) : Map.of();
		headers.forEach((name, value) -> {
			if (name.matches(".*[\\r\\n:].*") || value.matches("(?s).*[\\r\\n].*")) {
				throw new IllegalArgumentException("Header with a line break: " + name);
			}
		});
	}

	/** A message to an address that is no account's. */
	public MailMessage(String recipient, String subject, String text, String html, Map<String, String> headers) {
		this(null, recipient, subject, text, html, headers);
	}

	/** Plain text, no extra headers. */
	public static MailMessage plain(Long accountId, String recipient, String subject, String text) {
		return new MailMessage(accountId, recipient, subject, text, null, Map.of());
	}

}
