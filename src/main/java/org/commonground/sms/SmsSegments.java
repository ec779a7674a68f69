package org.commonground.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * How a text travels as SMS: in the GSM 03.38 7-bit alphabet when every character is in
 * it (160 septets in one message, 153 per part of a longer one; the extension characters
 * such as {@code €} and {@code [} take two), otherwise in UCS-2 (70 UTF-16 units in one
 * message, 67 per part). Parts never split an escape pair or a surrogate pair.
 *
 * @param unicode whether it goes as UCS-2
 * @param parts the text of each segment, in order
 */
public record SmsSegments(boolean unicode, List<String> parts) {

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENSION = "\f^{}\\[~]|€";

	/** The segments of a text. */
	public static SmsSegments of(String text) {
		String value = (text != null) ? text : "";
		boolean gsm = value.chars().allMatch((c) -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
		return gsm ? new SmsSegments(false, splitGsm(value)) : new SmsSegments(true, splitUnicode(value));
	}

	public int count() {
		return this.parts.size();
	}

	/** Septets a text takes in the GSM alphabet (extension characters count two). */
	static int septets(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			n += (EXTENSION.indexOf(text.charAt(i)) >= 0) ? 2 : 1;
		}
		return n;
	}

	private static List<String> splitGsm(String text) {
		if (septets(text) <= 160) {
			return List.of(text);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int size = (EXTENSION.indexOf(c) >= 0) ? 2 : 1;
			if (used + size > 153) {
				parts.add(part.toString());
				part.setLength(0);
				used = 0;
			}
			part.append(c);
			used += size;
		}
		parts.add(part.toString());
		return parts;
	}

	private static List<String> splitUnicode(String text) {
		if (text.length() <= 70) {
			return List.of(text);
		}
		List<String> parts = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = Math.min(start + 67, text.length());
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			parts.add(text.substring(start, end));
			start = end;
		}
		return parts;
	}

}
