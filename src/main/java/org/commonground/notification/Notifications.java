package org.commonground.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRef;
import org.commonground.challenge.ChallengeTranslations;
import org.commonground.dialogue.DialogueHeading;
import org.commonground.dialogue.DialogueText;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's inbox (grouped by dialogue, with mark-read) and what they follow. Everything
 * here is about the signed-in person only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Notifications {

	/** Notifications on one page of the inbox, newest first. */
	static final int INBOX_SIZE = 50;

	private final NotificationStore store;

	private final DialogueAccess access;

	private final DialogueService dialogues;

	private final ChallengeTranslations challenges;

	private final ChallengeTitles challengeTitles;

	private final Clock clock;

	Notifications(NotificationStore store, DialogueAccess access, DialogueService dialogues,
			ChallengeTranslations challenges, ChallengeTitles challengeTitles, Clock clock) {
		this.store = store;
		this.access = access;
		this.dialogues = dialogues;
		this.challenges = challenges;
		this.challengeTitles = challengeTitles;
		this.clock = clock;
	}

	/**
	 * A page of the notifications the viewer may still see (the newest, or those older
	 * than {@code before}), grouped by dialogue (the most recently active first), each
	 * dialogue named in the reader's language where it is translated (one statement for
	 * all of them), else as it was named when notified. What the viewer may no longer see
	 * (a dialogue they left or were removed from, a hidden challenge or comment) is left
	 * out when read, in the statement that reads the page.
	 */
	public InboxPage inbox(AccountPrincipal viewer, Locale locale, Long before) {
		List<InboxEntry> found = this.store.page(viewer.getId(), before, INBOX_SIZE + 1);
		boolean more = found.size() > INBOX_SIZE;
		List<InboxEntry> shown = this.challengeTitles.forReader(found.subList(0, Math.min(found.size(), INBOX_SIZE)),
				locale.getLanguage(), viewer.getId());
		Map<String, List<InboxEntry>> bySlug = new LinkedHashMap<>();
		for (InboxEntry entry : shown) {
			bySlug.computeIfAbsent(entry.dialogueSlug(), (slug) -> new ArrayList<>()).add(entry);
		}
		Map<String, DialogueHeading> headings = bySlug.isEmpty() ? Map.of()
				: this.dialogues.headings(bySlug.keySet(), locale.getLanguage());
		List<InboxGroup> groups = bySlug.values().stream().map((entries) -> {
			DialogueHeading heading = headings.get(entries.get(0).dialogueSlug());
			DialogueText text = (heading != null) ? heading.text() : null;
			return new InboxGroup(entries.get(0).dialogueSlug(),
					(text != null) ? text.getTitle() : entries.get(0).dialogueTitle(),
					(text != null) ? text.getLanguage() : null, (heading != null) ? heading.zone() : null,
					List.copyOf(entries));
		}).toList();
		return new InboxPage(groups, more ? shown.get(shown.size() - 1).id() : null, before != null);
	}

	/**
	 * Marks one of the viewer's notifications read and gives the page it leads to; one
	 * that is someone else's or about what the viewer may no longer see is not found.
	 */
	@Transactional
	public String open(AccountPrincipal viewer, long id) {
		String path = this.store.shownPath(viewer.getId(), id)
			.filter((p) -> p.startsWith("/") && !p.startsWith("//"))
			.orElseThrow(NotFoundException::new);
		this.store.markRead(viewer.getId(), id, this.clock.instant());
		return path;
	}

	/**
	 * One page of the inbox.
	 *
	 * @param olderThan the id to ask for the next (older) page with, or {@code null} when
	 * this is the last
	 * @param older whether this is a page of older notifications (not the newest)
	 */
	public record InboxPage(List<InboxGroup> groups, Long olderThan, boolean older) {
	}

	public long unreadCount(AccountPrincipal viewer) {
		return this.store.unreadCount(viewer.getId());
	}

	/** Marks one of the viewer's notifications read; someone else's is not found. */
	@Transactional
	public void markRead(AccountPrincipal viewer, long id) {
		this.store.markRead(viewer.getId(), id, this.clock.instant());
	}

	@Transactional
	public int markAllRead(AccountPrincipal viewer) {
		return this.store.markAllRead(viewer.getId(), this.clock.instant());
	}

	/** Follows a dialogue the viewer may read (404 otherwise). */
	@Transactional
	public void followDialogue(String slug, AccountPrincipal viewer) {
		long dialogueId = this.access.readable(slug, viewer).dialogue().getId();
		this.store.follow(viewer.getId(), FollowTarget.DIALOGUE, dialogueId, dialogueId, this.clock.instant());
	}

	/** Stops following a dialogue; nothing happens if the viewer did not follow it. */
	@Transactional
	public void unfollowDialogue(String slug, AccountPrincipal viewer) {
		long dialogueId = this.access.readable(slug, viewer).dialogue().getId();
		this.store.unfollow(viewer.getId(), FollowTarget.DIALOGUE, dialogueId);
	}

	/**
	 * Follows a challenge the viewer may read (shown, in that dialogue), to hear of the
	 * facilitators' responses to it; any other is not found.
	 */
	@Transactional
	public void followChallenge(String slug, long challengeId, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		if (!this.challenges.refs(view, List.of(challengeId), null).containsKey(challengeId)) {
			throw new NotFoundException();
		}
		long dialogueId = view.dialogue().getId();
		this.store.follow(viewer.getId(), FollowTarget.CHALLENGE, challengeId, dialogueId, this.clock.instant());
	}

	/** Stops following a challenge; nothing happens if the viewer did not follow it. */
	@Transactional
	public void unfollowChallenge(String slug, long challengeId, AccountPrincipal viewer) {
		this.access.readable(slug, viewer);
		this.store.unfollow(viewer.getId(), FollowTarget.CHALLENGE, challengeId);
	}

	public boolean followsDialogue(String slug, AccountPrincipal viewer) {
		long dialogueId = this.access.readable(slug, viewer).dialogue().getId();
		return this.store.follows(viewer.getId(), FollowTarget.DIALOGUE, dialogueId);
	}

	/** Stops following something, wherever the viewer sees it listed. */
	@Transactional
	public void unfollow(AccountPrincipal viewer, FollowTarget type, long targetId) {
		if (!this.store.unfollow(viewer.getId(), type, targetId)) {
			throw new NotFoundException();
		}
	}

	/**
	 * What the viewer follows, with the dialogue each belongs to, named in the reader's
	 * language where it is translated, and each challenge's title, likewise (none for one
	 * that is hidden): a fixed number of statements however many things are followed.
	 */
	public List<FollowedItem> followed(AccountPrincipal viewer, Locale locale) {
		List<Followed> followed = this.store.followed(viewer.getId());
		Map<Long, Dialogue> byId = this.dialogues
			.byIds(followed.stream().map(Followed::dialogueId).distinct().toList());
		// Titles only of challenges in dialogues the person may still read (a follow
		// outlives a membership), visible or their own; the others keep their numbered
		// label.
		java.util.Set<Long> readable = java.util.Set.copyOf(this.dialogues.readableIds(viewer));
		Map<Long, ChallengeRef> challengeRefs = this.challenges.refs(followed.stream()
			.filter((f) -> f.type() == FollowTarget.CHALLENGE && readable.contains(f.dialogueId()))
			.map(Followed::targetId)
			.toList(), locale.getLanguage(), viewer.getId());
		return followed.stream().filter((f) -> byId.containsKey(f.dialogueId())).map((f) -> {
			DialogueText text = byId.get(f.dialogueId()).text(locale.getLanguage());
			ChallengeRef challenge = (f.type() == FollowTarget.CHALLENGE) ? challengeRefs.get(f.targetId()) : null;
			return new FollowedItem(f.type(), f.targetId(), byId.get(f.dialogueId()).getSlug(), text.getTitle(),
					text.getLanguage(), (challenge != null) ? challenge.title() : null,
					(challenge != null) ? challenge.language() : null);
		}).toList();
	}

	/**
	 * Something followed, as the settings page lists it.
	 *
	 * @param dialogueLanguage the language {@code dialogueTitle} is in (the reader's
	 * where it is translated, else the dialogue's original)
	 * @param challengeTitle the title of a followed challenge everyone may see (or the
	 * reader's own, held or hidden), in the reader's language where a facilitator
	 * translated it, else {@code null}
	 * @param challengeLanguage the language {@code challengeTitle} is in
	 */
	public record FollowedItem(FollowTarget type, long targetId, String dialogueSlug, String dialogueTitle,
			String dialogueLanguage, String challengeTitle, String challengeLanguage) {

		public String path() {
			return "/dialogues/" + this.dialogueSlug
					+ ((this.type == FollowTarget.CHALLENGE) ? "/challenges/" + this.targetId : "");
		}

	}

}
