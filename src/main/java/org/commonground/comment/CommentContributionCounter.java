package org.commonground.comment;

import java.util.Map;

import org.commonground.dialogue.ContributionCounter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counts visible comments per stakeholder group for the representation panel. */
@Component
@Order(20)
class CommentContributionCounter implements ContributionCounter {

	private final CommentThreads comments;

	CommentContributionCounter(CommentThreads comments) {
		this.comments = comments;
	}

	@Override
	public Map<String, Map<String, Long>> contributionsByKind(long dialogueId) {
		return Map.of("comments", this.comments.countByGroup(dialogueId));
	}

}
