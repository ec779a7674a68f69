package org.commonground.dialogue;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * What the home page lists: open dialogues and the viewer's own, and for the dialogues
 * the viewer facilitates, the work waiting in each (by dialogue id; absent when none).
 */
public record HomeDialogues(Page<DialogueSummary> open, Page<DialogueSummary> mine,
		Map<Long, List<WaitingWork.Count>> waiting) {

	public HomeDialogues(Page<DialogueSummary> open, Page<DialogueSummary> mine) {
		this(open, mine, Map.of());
	}

	/** The work waiting in a dialogue, empty when none. */
	public List<WaitingWork.Count> waitingIn(long dialogueId) {
		return this.waiting.getOrDefault(dialogueId, List.of());
	}

}
