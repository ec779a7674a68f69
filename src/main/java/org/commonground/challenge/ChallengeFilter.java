package org.commonground.challenge;

import java.util.regex.Pattern;

/**
 * What the challenge list shows: every value comes from an allowlist (known theme and
 * group codes, enum values) or is {@code null} for "any".
 *
 * @param status a status; {@code null} shows all but merged challenges
 * @param after the keyset cursor of the page, or {@code null} for the first page
 */
public record ChallengeFilter(String theme, ChallengeStatus status, String group, ChallengeSort sort, String after) {

	private static final Pattern CURSOR = Pattern.compile("^(\\d{1,9}\\.)?\\d{1,18}$");

	public ChallengeFilter {
		sort = (sort != null) ? sort : ChallengeSort.NEWEST;
	}

	/**
	 * Whether the text is a keyset cursor of the list (what {@link ChallengeList#next()}
	 * gives): a page asked for with anything else is the first one, and the API answers
	 * 400.
	 */
	public static boolean isCursor(String text) {
		return text != null && CURSOR.matcher(text).matches();
	}

}
