package org.commonground.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads iCalendar text back as a calendar client would: unfolds continuation lines,
 * splits name and value, unescapes text.
 */
final class ICalendarParser {

	private ICalendarParser() {
	}

	/** The logical content lines, after unfolding. */
	static List<String> unfold(String text) {
		List<String> lines = new ArrayList<>();
		for (String physical : text.split("\r\n", -1)) {
			if (physical.startsWith(" ") || physical.startsWith("\t")) {
				int last = lines.size() - 1;
				lines.set(last, lines.get(last) + physical.substring(1));
			}
			else if (!physical.isEmpty()) {
				lines.add(physical);
			}
		}
		return lines;
	}

	/** The unescaped value of the first property with that name (parameters ignored). */
	static String value(List<String> lines, String name) {
		return values(lines, name).stream().findFirst().orElse(null);
	}

	static List<String> values(List<String> lines, String name) {
		List<String> found = new ArrayList<>();
		for (String line : lines) {
			int colon = line.indexOf(':');
			String head = line.substring(0, colon);
			String propertyName = head.contains(";") ? head.substring(0, head.indexOf(';')) : head;
			if (propertyName.equals(name)) {
				found.add(unescape(line.substring(colon + 1)));
			}
		}
		return found;
	}

	private static String unescape(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append((next == 'n' || next == 'N') ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
