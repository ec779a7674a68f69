package org.commonground.moderation;

import java.util.Locale;
import java.util.Map;

/**
 * Whether an author wants moderation's notices (hidden, restored, published, review
 * decided) by email right away, and what such a notice ends with. The notification module
 * keeps people's email settings and answers; without it, every notice is emailed, without
 * a footer.
 */
public interface NoticeEmails {

	boolean immediate(long accountId);

	/**
	 * How a notice to the account ends, in its language: the link to its email settings
	 * and a one-click link that stops these notices, with the matching
	 * {@code List-Unsubscribe} headers (RFC 8058), as every notification email has.
	 */
	default Footer footer(long accountId, Locale locale) {
		return Footer.NONE;
	}

	/**
	 * The end of a notice's text (with its leading separator) and the message's extra
	 * headers.
	 */
	record Footer(String text, Map<String, String> headers) {

		public static final Footer NONE = new Footer("", Map.of());

	}

}
