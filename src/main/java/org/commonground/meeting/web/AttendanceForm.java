package org.commonground.meeting.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.meeting.AttendanceCount;

/**
 * The attendance of a meeting: one field per stakeholder group code for the people who
 * came ({@code count.ARTISANAL_MINER=14}), and optionally the women and men among them
 * ({@code women.ARTISANAL_MINER=6}, {@code men.ARTISANAL_MINER=8}). Fields are kept as
 * typed, so that a mistake comes back with the rest of the form.
 */
class AttendanceForm {

	static final int MAX = 100_000;

	private final Map<String, String> people = new LinkedHashMap<>();

	private final Map<String, String> women = new LinkedHashMap<>();

	private final Map<String, String> men = new LinkedHashMap<>();

	/** The form's fields among the request's parameters. */
	static AttendanceForm read(Map<String, String> parameters) {
		AttendanceForm form = new AttendanceForm();
		parameters.forEach((name, value) -> {
			if (name.startsWith("count.")) {
				form.people.put(name.substring("count.".length()), value.strip());
			}
			else if (name.startsWith("women.")) {
				form.women.put(name.substring("women.".length()), value.strip());
			}
			else if (name.startsWith("men.")) {
				form.men.put(name.substring("men.".length()), value.strip());
			}
		});
		return form;
	}

	static AttendanceForm of(Collection<AttendanceCount> counts) {
		AttendanceForm form = new AttendanceForm();
		for (AttendanceCount count : counts) {
			form.people.put(count.groupCode(), Integer.toString(count.people()));
			if (count.women() != null) {
				form.women.put(count.groupCode(), Integer.toString(count.women()));
			}
			if (count.men() != null) {
				form.men.put(count.groupCode(), Integer.toString(count.men()));
			}
		}
		return form;
	}

	/**
	 * Each field in error (such as {@code count.BUYER}) with its message key: counts are
	 * whole numbers from 0; women and men together are no more than the people.
	 */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		for (String code : codes()) {
			Integer n = check(errors, "count." + code, this.people.get(code));
			Integer w = check(errors, "women." + code, this.women.get(code));
			Integer m = check(errors, "men." + code, this.men.get(code));
			if (!errors.containsKey("count." + code) && (w != null || m != null)
					&& ((w != null) ? w : 0) + ((m != null) ? m : 0) > ((n != null) ? n : 0)) {
				errors.put("count." + code, "attendance.error.gender");
			}
		}
		return errors;
	}

	/** The counts of a form without errors; groups left empty are left out. */
	List<AttendanceCount> toCounts() {
		List<AttendanceCount> counts = new ArrayList<>();
		for (String code : codes()) {
			Integer n = number(this.people.get(code));
			if (n != null && n > 0) {
				counts.add(new AttendanceCount(code, n, number(this.women.get(code)), number(this.men.get(code))));
			}
		}
		return counts;
	}

	private List<String> codes() {
		List<String> codes = new ArrayList<>(this.people.keySet());
		this.women.keySet().stream().filter((c) -> !codes.contains(c)).forEach(codes::add);
		this.men.keySet().stream().filter((c) -> !codes.contains(c)).forEach(codes::add);
		return codes;
	}

	private static Integer check(Map<String, String> errors, String field, String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		Integer n = number(value);
		if (n == null || n < 0 || n > MAX) {
			errors.put(field, "attendance.error.number");
			return null;
		}
		return n;
	}

	private static Integer number(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public Map<String, String> getPeople() {
		return this.people;
	}

	public Map<String, String> getWomen() {
		return this.women;
	}

	public Map<String, String> getMen() {
		return this.men;
	}

}
