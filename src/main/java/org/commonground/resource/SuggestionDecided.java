package org.commonground.resource;

/**
 * A facilitator accepted or declined a member's suggested link; published in the deciding
 * transaction so that the member is told.
 *
 * @param accountId the member who suggested it
 * @param title the suggested link's title
 * @param resourceId the new resource when accepted, else {@code null}
 * @param reason why it was declined, else {@code null}
 */
public record SuggestionDecided(long dialogueId, long suggestionId, long accountId, String title, Long resourceId,
		String reason) {

	public boolean accepted() {
		return this.resourceId != null;
	}

	/**
	 * The notification's kind: {@code SUGGESTION_ACCEPTED} or
	 * {@code SUGGESTION_DECLINED}.
	 */
	public String kind() {
		return accepted() ? "SUGGESTION_ACCEPTED" : "SUGGESTION_DECLINED";
	}

}
