package org.commonground.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message to send: plain text first, with an optional HTML alternative and extra
 * headers (such as {@code List-Unsubscribe}).
 *
 * @param html the HTML alternative, or {@code null} for plain text only
 * @param headers extra headers, in order; names and values without line breaks
 */
public record MailMessage(String recipient, String subject, String text, String html, Map<String, String> headers) {

	public MailMessage {
		headers = (headers != null) ? new LinkedHashMap<>(headers) : Map.of();
		headers.forEach((name, value) -> {
			if (name.matches(".*[\\r\\n:].*") || value.matches("(?s).*[\\r\\n].*")) {
				throw new IllegalArgumentException("Header with a line break: " + name);
			}
		});
	}

	/** Plain text, no extra headers. */
	public static MailMessage plain(String recipient, String subject, String text) {
		return new MailMessage(recipient, subject, text, null, Map.of());
	}

}
