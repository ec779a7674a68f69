package org.commonground.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursors of the API's lists: the list's own keyset position, prefixed with
 * the list's name and base64url-encoded, so that clients pass them back unread and a
 * cursor of one list is refused by another.
 */
final class Cursor {

	private Cursor() {
	}

	static String encode(String list, String position) {
		if (position == null) {
			return null;
		}
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((list + ':' + position).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position in a cursor of that list; null for no cursor.
	 * @throws BadCursorException for a cursor that is not one of that list's
	 */
	static String decode(String list, String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadCursorException();
		}
		if (!text.startsWith(list + ':') || text.length() > 200) {
			throw new BadCursorException();
		}
		return text.substring(list.length() + 1);
	}

}
