package org.commonground.search;

import java.util.Map;

/**
 * What the search page shows.
 *
 * @param results a page of results
 * @param dialogueChoices the dialogues the viewer may search in, by slug, with their
 * titles, in the order of their titles
 */
public record SearchPage(SearchResults results, Map<String, String> dialogueChoices) {
}
