package org.commonground.challenge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.commonground.dialogue.DialogueView;
import org.commonground.moderation.ModeratedContent;
import org.commonground.moderation.ModeratedItem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges as the moderation module sees them. A hidden or held challenge leaves the
 * list, the dialogue's page and the representation counts; its author and moderators
 * still open it, marked. Uses the repository, not {@link ChallengeService}, which itself
 * asks the moderation module about pre-moderation.
 */
@Component
class ChallengeModeration implements ModeratedContent {

	private final ChallengeRepository challenges;

	ChallengeModeration(ChallengeRepository challenges) {
		this.challenges = challenges;
	}

	@Override
	public String type() {
		return ChallengeService.TARGET_TYPE;
	}

	@Override
	public String pathSegment() {
		return "challenges";
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModeratedItem> find(Collection<Long> ids) {
		return this.challenges.findAllById(ids)
			.stream()
			.map((c) -> new ModeratedItem(type(), c.getId(), c.getDialogueId(), c.getAuthorId(), c.getTitle(),
					c.getBodyHtml(), "challenges/" + c.getId(), c.getCreatedAt(), c.getLanguage()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readable(long id, DialogueView view) {
		// A challenge lives in its dialogue, which the view lets the viewer read; its own
		// hidden or held state is its moderation case's.
		return this.challenges.findInDialogue(id, view.dialogue().getId()).isPresent();
	}

	@Override
	@Transactional
	public void hide(long id, String reason, Instant at) {
		this.challenges.hide(id, reason, at);
	}

	@Override
	@Transactional
	public void show(long id) {
		this.challenges.show(id);
	}

	@Override
	@Transactional(readOnly = true)
	public long countVisible(long dialogueId, long authorId) {
		return this.challenges.countVisibleBy(dialogueId, authorId);
	}

}
