package org.commonground.challenge;

import java.time.Clock;
import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.comment.CommentEditing;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dialogue's facilitators (and admins) do with challenges: set the status and
 * the public response, lock or unlock a discussion (audited), and merge a duplicate into
 * another challenge. Everyone else gets 404.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeFacilitation {

	private final ChallengeRepository challenges;

	private final DialogueAccess access;

	private final CommentEditing comments;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	private final ChallengeTranslations translations;

	private final Clock clock;

	ChallengeFacilitation(ChallengeRepository challenges, DialogueAccess access, CommentEditing comments,
			MarkdownRenderer markdown, ApplicationEventPublisher events, ChallengeTranslations translations,
			Clock clock) {
		this.challenges = challenges;
		this.translations = translations;
		this.access = access;
		this.comments = comments;
		this.markdown = markdown;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A facilitator sets the status and the public response (Markdown; blank removes it),
	 * written in the challenge's language.
	 */
	@Transactional
	public void respond(String slug, AccountPrincipal viewer, long id, ChallengeStatus status, String response,
			long expectedVersion) {
		respond(slug, viewer, id, status, response, null, expectedVersion);
	}

	/**
	 * A facilitator sets the status and the public response (Markdown; blank removes it,
	 * except for {@code ADDRESSED} and {@code OUT_OF_SCOPE}, which need one) written in
	 * {@code language} ({@code null} or not one of the five: the challenge's). A
	 * rewritten or removed response leaves its translations out of date. A change of
	 * status is recorded in the audit log.
	 */
	@Transactional
	public void respond(String slug, AccountPrincipal viewer, long id, ChallengeStatus status, String response,
			String language, long expectedVersion) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Challenge challenge = this.challenges.findInDialogue(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		if (challenge.isMerged() || status == null || status == ChallengeStatus.MERGED) {
			throw new ChallengeRuleException("challenge.error.status");
		}
		if (challenge.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Challenge " + id + " changed");
		}
		if (response != null && response.length() > 10000) {
			throw new ChallengeRuleException("challenge.error.body.long");
		}
		String source = (response == null || response.isBlank()) ? null : response.strip();
		if (source == null && needsResponse(status)) {
			// Closing a challenge says why, in public (W4 #8).
			throw new ChallengeRuleException(RESPONSE_REQUIRED);
		}
		ChallengeStatus before = challenge.getStatus();
		String written = SupportedLanguages.isSupported(language) ? language : challenge.getLanguage();
		if (!java.util.Objects.equals(source, challenge.getResponseSource())) {
			this.translations.responseChanged(id);
		}
		challenge.respond(status, source, (source != null) ? this.markdown.toHtml(source) : null, written,
				viewer.getId(), this.clock.instant());
		this.events.publishEvent(new ChallengeResponded(view.dialogue().getId(), id, challenge.getAuthorId(),
				challenge.getTitle(), status, before != status, viewer.getId(), expectedVersion));
		if (before != status) {
			// Who closed or reopened a challenge is on record: the new status as the
			// reason.
			this.events.publishEvent(
					new AuditEvent(viewer.getId(), AuditAction.CHALLENGE_STATUS_CHANGED, view.dialogue().getId(),
							ChallengeService.TARGET_TYPE, id, challenge.getAuthorId(), status.name(), null));
		}
	}

	/** The message of a status that closes a challenge without a public response. */
	public static final String RESPONSE_REQUIRED = "challenge.error.response-required";

	/**
	 * Whether a status closes the challenge and so needs a public response: addressed
	 * (how) or out of scope (why).
	 */
	public static boolean needsResponse(ChallengeStatus status) {
		return status == ChallengeStatus.ADDRESSED || status == ChallengeStatus.OUT_OF_SCOPE;
	}

	/** A challenge for a facilitator's forms. */
	public EditableChallenge forFacilitating(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Challenge challenge = this.challenges.findInDialogue(id, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		return new EditableChallenge(view, challenge, List.of());
	}

	/**
	 * Locks or unlocks a challenge's discussion: a locked one takes no new comments and
	 * says so. Recorded in the audit log.
	 */
	@Transactional
	public void lockComments(String slug, AccountPrincipal viewer, long id, boolean locked) {
		lockComments(slug, viewer, id, locked, null);
	}

	/**
	 * Locks or unlocks a challenge's discussion with the facilitator's reason (optional,
	 * at most 500 characters kept), which the audit entry records.
	 */
	@Transactional
	public void lockComments(String slug, AccountPrincipal viewer, long id, boolean locked, String reason) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Challenge challenge = this.challenges.findForUpdate(List.of(id), view.dialogue().getId())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (challenge.isMerged()) {
			throw new ChallengeRuleException("challenge.error.merged");
		}
		if (challenge.isLocked() == locked) {
			return;
		}
		if (locked) {
			challenge.lockComments(this.clock.instant());
		}
		else {
			challenge.unlockComments();
		}
		this.events.publishEvent(new AuditEvent(viewer.getId(),
				locked ? AuditAction.THREAD_LOCKED : AuditAction.THREAD_UNLOCKED, view.dialogue().getId(),
				ChallengeService.TARGET_TYPE, id, challenge.getAuthorId(), null, note(reason)));
	}

	/**
	 * A free-text reason as an audit note: stripped, blank as none, at most 500
	 * characters.
	 */
	private static String note(String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		String stripped = reason.strip();
		return (stripped.length() > 500) ? stripped.substring(0, 500) : stripped;
	}

	/** Challenges the given one may be merged into. */
	public List<Challenge> mergeTargets(String slug, AccountPrincipal viewer, long id) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.challenges.findMergeTargets(view.dialogue().getId(), id);
	}

	/**
	 * Merges a duplicate into another challenge of the same dialogue: the duplicate's
	 * endorsements, and its author as an endorser, follow without counting anyone twice
	 * (the target's author never endorses their own); its comments move with their
	 * replies; its link leads to the target from then on.
	 */
	@Transactional
	public void merge(String slug, AccountPrincipal viewer, long sourceId, long targetId) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (sourceId == targetId) {
			throw new ChallengeRuleException("challenge.error.merge-self");
		}
		List<Challenge> locked = this.challenges.findForUpdate(List.of(sourceId, targetId), view.dialogue().getId());
		Challenge source = locked.stream()
			.filter((c) -> c.getId() == sourceId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		Challenge target = locked.stream()
			.filter((c) -> c.getId() == targetId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (source.isMerged() || target.isMerged()) {
			throw new ChallengeRuleException("challenge.error.merge-merged");
		}
		this.challenges.copyEndorsements(sourceId, targetId, target.getAuthorId());
		this.challenges.deleteEndorsements(sourceId);
		this.comments.moveAll(ChallengeService.TARGET_TYPE, sourceId, targetId);
		this.challenges.recountAfterMerge(sourceId, targetId);
		source.mergeInto(target, viewer.getId(), this.clock.instant());
		this.challenges.repointMerged(sourceId, targetId);
		// The challenge it went into, by id, as the entry's reason: the log links to it.
		this.events.publishEvent(new AuditEvent(viewer.getId(), AuditAction.CHALLENGE_MERGED, view.dialogue().getId(),
				ChallengeService.TARGET_TYPE, sourceId, source.getAuthorId(), Long.toString(targetId), null));
	}

}
