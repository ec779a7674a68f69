package org.commonground.challenge;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/**
 * The challenges part of a dialogue's page: the most endorsed few and how many there are.
 */
public record ChallengeHighlights(DialogueView view, List<Item> top, long total, boolean canPost) {

	public record Item(long id, String title, ChallengeStatus status, int endorsements, int comments) {
	}

}
