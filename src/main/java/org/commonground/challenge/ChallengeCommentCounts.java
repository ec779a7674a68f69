package org.commonground.challenge;

import org.commonground.comment.CommentDeleted;
import org.commonground.comment.CommentPosted;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentVisibilityChanged;
import org.commonground.comment.CommentsRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each challenge's count of comments everyone sees (visible comments and replies:
 * not held, hidden or deleted ones), for "most discussed", in the transaction that posts,
 * records, deletes, hides, restores or approves the comment.
 */
@Component
class ChallengeCommentCounts {

	private final ChallengeRepository challenges;

	ChallengeCommentCounts(ChallengeRepository challenges) {
		this.challenges = challenges;
	}

	@EventListener
	void on(CommentPosted posted) {
		if (ChallengeService.TARGET_TYPE.equals(posted.targetType())
				&& this.challenges.addCommentsUnlessMerged(posted.targetId(), posted.held() ? 0 : 1) == 0) {
			// Merged while the comment was being written: it would be left behind.
			throw new CommentRuleException("comment.error.target-closed");
		}
	}

	@EventListener
	void on(CommentsRecorded recorded) {
		if (ChallengeService.TARGET_TYPE.equals(recorded.targetType())) {
			recorded.countsByTarget().forEach((challengeId, count) -> {
				if (this.challenges.addCommentsUnlessMerged(challengeId, count) == 0) {
					throw new CommentRuleException("comment.error.target-closed");
				}
			});
		}
	}

	@EventListener
	void on(CommentDeleted deleted) {
		if (ChallengeService.TARGET_TYPE.equals(deleted.targetType()) && deleted.wasVisible()) {
			this.challenges.addComments(deleted.targetId(), -1);
		}
	}

	@EventListener
	void on(CommentVisibilityChanged changed) {
		if (ChallengeService.TARGET_TYPE.equals(changed.targetType())) {
			this.challenges.addComments(changed.targetId(), changed.visible() ? 1 : -1);
		}
	}

}
