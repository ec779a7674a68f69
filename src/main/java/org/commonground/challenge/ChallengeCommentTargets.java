package org.commonground.challenge;

import java.util.Optional;

import org.commonground.comment.CommentTarget;
import org.commonground.comment.CommentTargetInfo;
import org.commonground.comment.CommentTargets;
import org.commonground.dialogue.DialogueView;

import org.springframework.stereotype.Component;

/**
 * Challenges as comment targets: merged, hidden, held and locked ones take no new
 * comments. Reads the repository, not {@link ChallengeService}, which itself needs the
 * comment module.
 */
@Component
class ChallengeCommentTargets implements CommentTargets {

	private final ChallengeRepository challenges;

	ChallengeCommentTargets(ChallengeRepository challenges) {
		this.challenges = challenges;
	}

	@Override
	public String type() {
		return ChallengeService.TARGET_TYPE;
	}

	@Override
	public Optional<CommentTargetInfo> describe(CommentTarget target, DialogueView view) {
		long targetId = target.id();
		if (!target.anchor().isEmpty() || target.version() != null) {
			return Optional.empty();
		}
		String path = "/dialogues/" + view.dialogue().getSlug() + "/challenges/" + targetId;
		// Hidden and held challenges: only their authors and moderators reach their
		// comments; nobody adds to them, nor to a locked discussion.
		return this.challenges.findInDialogue(targetId, view.dialogue().getId())
			.filter((c) -> ChallengeService.seenBy(c, view.context()))
			.map((c) -> CommentTargetInfo.of(c.getTitle(), path, !c.isMerged() && c.isShown() && !c.isLocked()));
	}

}
