package org.commonground.challenge;

import org.commonground.comment.CommentDeleted;
import org.commonground.comment.CommentPosted;
import org.commonground.comment.CommentRuleException;
import org.commonground.comment.CommentsRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each challenge's comment count, for "most discussed", in the transaction that
 * posts or deletes the comment.
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
				&& this.challenges.addCommentsUnlessMerged(posted.targetId(), 1) == 0) {
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
		if (ChallengeService.TARGET_TYPE.equals(deleted.targetType())) {
			this.challenges.addComments(deleted.targetId(), -1);
		}
	}

}
