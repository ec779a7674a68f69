package org.commonground.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonground.challenge.ChallengeRef;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.comment.CommentFacts;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.DialogueAccess;

import org.springframework.stereotype.Component;

/**
 * Which of a person's stored notifications may still be sent to them: a notification
 * keeps what it said when it was made, but by the time a digest goes out the person may
 * have been removed from a members-only dialogue, or the challenge or comment it names
 * hidden or deleted. Checked for all of a person's notifications at once, through the
 * dialogue, challenge and comment modules: at most one statement for the dialogues, one
 * for the comments and one for the challenges, whatever their number. An author is still
 * told of their own hidden or held contribution (that is what a moderation notice is
 * about).
 */
@Component
class StillShown {

	/** A notification's page about a challenge or a comment, and its id. */
	private static final Pattern PATH = Pattern.compile("/dialogues/[^/]+/(challenges|comments)/(\\d+)(?:[/#?].*)?");

	private final DialogueAccess access;

	private final ChallengeTranslations challenges;

	private final CommentThreads comments;

	StillShown(DialogueAccess access, ChallengeTranslations challenges, CommentThreads comments) {
		this.access = access;
		this.challenges = challenges;
		this.comments = comments;
	}

	/** Those of the person's notifications that may still be sent to them, in order. */
	List<NotificationStore.PendingEmail> filter(long recipientId, List<NotificationStore.PendingEmail> pending) {
		if (pending.isEmpty()) {
			return pending;
		}
		Set<Long> dialogues = this.access.readableBy(recipientId,
				pending.stream().map(NotificationStore.PendingEmail::dialogueId).distinct().toList());
		List<NotificationStore.PendingEmail> readable = pending.stream()
			.filter((p) -> dialogues.contains(p.dialogueId()))
			.toList();
		Set<Long> commentIds = new HashSet<>();
		Set<Long> challengeIds = new HashSet<>();
		for (NotificationStore.PendingEmail p : readable) {
			Matcher m = PATH.matcher(p.entry().path());
			if (m.matches()) {
				(m.group(1).equals("comments") ? commentIds : challengeIds).add(Long.valueOf(m.group(2)));
			}
		}
		Map<Long, CommentFacts> commentFacts = this.comments.facts(commentIds);
		// A comment on a challenge is shown only where the challenge is.
		commentFacts.values()
			.stream()
			.filter((c) -> ChallengeService.TARGET_TYPE.equals(c.target().type()))
			.forEach((c) -> challengeIds.add(c.target().id()));
		Map<Long, ChallengeRef> shownChallenges = this.challenges.refs(challengeIds, null, recipientId);
		return readable.stream().filter((p) -> {
			Matcher m = PATH.matcher(p.entry().path());
			if (!m.matches()) {
				return true;
			}
			long id = Long.parseLong(m.group(2));
			if (m.group(1).equals("challenges")) {
				return shownChallenges.containsKey(id);
			}
			CommentFacts comment = commentFacts.get(id);
			return comment != null && comment.shownTo(recipientId)
					&& (!ChallengeService.TARGET_TYPE.equals(comment.target().type())
							|| shownChallenges.containsKey(comment.target().id()));
		}).toList();
	}

}
