package org.commonground.shared.security;

/**
 * Encodes user input before it is written to a log, so that it cannot forge log lines.
 */
public final class SafeLog {

	private static final int MAX_LENGTH = 200;

	private SafeLog() {
	}

	public static String encode(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 2);
		out.append('"');
		for (int i = 0; i < value.length() && i < MAX_LENGTH; i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		if (value.length() > MAX_LENGTH) {
			out.append('…');
		}
		return out.append('"').toString();
	}

}
