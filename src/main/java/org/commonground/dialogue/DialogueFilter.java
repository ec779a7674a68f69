package org.commonground.dialogue;

/**
 * Filters of the dialogue list; every value is optional.
 *
 * @param status OPEN, CLOSED or (for those who facilitate) DRAFT; archived dialogues are
 * never listed
 * @param theme a theme code
 * @param country an ISO country code
 * @param mine only the viewer's own dialogues
 */
public record DialogueFilter(DialogueStatus status, String theme, String country, boolean mine) {
}
