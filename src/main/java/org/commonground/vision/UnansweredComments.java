package org.commonground.vision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.WaitingWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the vision that no facilitator has answered yet, for the facilitators' home
 * page: two queries whatever the number of dialogues.
 */
@Component
@Order(10)
class UnansweredComments implements WaitingWork {

	private final VisionRepository visions;

	private final CommentThreads comments;

	UnansweredComments(VisionRepository visions, CommentThreads comments) {
		this.visions = visions;
		this.comments = comments;
	}

	@Override
	public String kind() {
		return "unanswered";
	}

	@Override
	public String path() {
		return "/vision/you-said-we-did?disposition=NONE";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countWaiting(Collection<Long> dialogueIds) {
		Map<Long, Long> dialogueOfDraft = new HashMap<>();
		List<Long> answered = new ArrayList<>();
		for (Object[] row : this.visions.findDraftsAndAnswersOf(dialogueIds)) {
			dialogueOfDraft.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
			if (row[2] != null) {
				answered.add(((Number) row[2]).longValue());
			}
		}
		Map<Long, Long> waiting = new HashMap<>();
		if (dialogueOfDraft.isEmpty()) {
			return waiting;
		}
		this.comments.countVisibleOnTargets(VisionService.TARGET_TYPE, dialogueOfDraft.keySet(), answered)
			.forEach((draft, n) -> waiting.put(dialogueOfDraft.get(draft), n));
		return waiting;
	}

}
