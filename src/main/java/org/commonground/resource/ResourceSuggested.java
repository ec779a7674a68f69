package org.commonground.resource;

/**
 * A member suggested a link for a dialogue's library: it waits for a facilitator's
 * decision. Published in the member's transaction so that the facilitators are told.
 *
 * @param accountId the member who suggested it
 * @param title the suggested link's title
 */
public record ResourceSuggested(long dialogueId, long suggestionId, long accountId, String title) {

}
