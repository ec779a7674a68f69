package org.commonground.challenge;

/**
 * What the challenge list shows: every value comes from an allowlist (known theme and
 * group codes, enum values) or is {@code null} for "any".
 *
 * @param status a status; {@code null} shows all but merged challenges
 * @param after the keyset cursor of the page, or {@code null} for the first page
 */
public record ChallengeFilter(String theme, ChallengeStatus status, String group, ChallengeSort sort, String after) {

	public ChallengeFilter {
		sort = (sort != null) ? sort : ChallengeSort.NEWEST;
	}

}
