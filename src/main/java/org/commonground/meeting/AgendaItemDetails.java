package org.commonground.meeting;

/**
 * A new agenda item as a facilitator enters it.
 *
 * @param challengeId the challenge it is about, or {@code null}
 * @param paragraphKey the vision paragraph it is about, or {@code null}
 */
public record AgendaItemDetails(String title, Long challengeId, String paragraphKey) {
}
