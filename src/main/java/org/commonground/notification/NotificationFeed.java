package org.commonground.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.account.AccountService;
import org.commonground.challenge.ChallengeEndorsed;
import org.commonground.challenge.ChallengeRaised;
import org.commonground.challenge.ChallengeResponded;
import org.commonground.challenge.ChallengeService;
import org.commonground.comment.CommentFacts;
import org.commonground.comment.CommentPosted;
import org.commonground.comment.CommentThreads;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.JoinRequested;
import org.commonground.dialogue.MemberRemoved;
import org.commonground.map.MapContributionWaiting;
import org.commonground.map.MapDecisionMade;
import org.commonground.meeting.MeetingCancelled;
import org.commonground.meeting.MeetingMoved;
import org.commonground.meeting.MeetingPlan;
import org.commonground.meeting.MeetingScheduled;
import org.commonground.meeting.MinutesPublished;
import org.commonground.moderation.ContributionApproved;
import org.commonground.moderation.ContributionHidden;
import org.commonground.moderation.ContributionRestored;
import org.commonground.moderation.ReportFiled;
import org.commonground.resource.ResourceSuggested;
import org.commonground.resource.SuggestionDecided;
import org.commonground.vision.CommentAnswered;
import org.commonground.vision.VersionPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications. Each listener runs after the
 * publishing transaction commits, in its own transaction, and is recorded in the event
 * publication registry: an event whose listener did not finish (a crash) is delivered
 * again after a restart. A notification is stored once per recipient and event (its
 * source key), so a second delivery adds nothing and sends no second email. Nobody is
 * notified of their own action, nor of anything in a dialogue they may not read when the
 * event is handled (someone removed from a members-only dialogue, say).
 */
@Component
class NotificationFeed {

	private final NotificationStore store;

	private final DialogueService dialogues;

	private final AccountService accounts;

	private final NotificationMail mail;

	private final Clock clock;

	private final ChallengeTitles challengeTitles;

	/** The moderation type of a comment ({@link ContributionApproved#type()}). */
	private static final String COMMENT_TYPE = "COMMENT";

	private final DialogueAccess access;

	private final CommentThreads comments;

	NotificationFeed(NotificationStore store, DialogueService dialogues, AccountService accounts, NotificationMail mail,
			Clock clock, ChallengeTitles challengeTitles, DialogueAccess access, CommentThreads comments) {
		this.access = access;
		this.comments = comments;
		this.challengeTitles = challengeTitles;
		this.store = store;
		this.dialogues = dialogues;
		this.accounts = accounts;
		this.mail = mail;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CommentPosted event) {
		if (ChallengeService.TARGET_TYPE.equals(event.targetType())) {
			follow(event.authorId(), FollowTarget.CHALLENGE, event.targetId(), event.dialogueId());
		}
		follow(event.authorId(), FollowTarget.DIALOGUE, event.dialogueId(), event.dialogueId());
		if (event.parentAuthorId() != null && !event.held()) {
			notifyAll(List.of(event.parentAuthorId()), event.authorId(),
					new About(event.dialogueId(), NotificationCategory.REPLIES, "REPLY", "", null,
							"comments/" + event.commentId(), "reply:" + event.commentId()));
		}
		if (event.parentId() == null && !event.held() && ChallengeService.TARGET_TYPE.equals(event.targetType())) {
			notifyChallengeFollowers(event.commentId());
		}
	}

	/**
	 * A new top-level comment on a challenge, once shown (a held one when approved):
	 * those who follow the challenge (its author among them) hear of it with the start of
	 * its text, but not its own author; one notification per comment and follower, which
	 * the digest groups by dialogue (category {@link NotificationCategory#CHALLENGES},
	 * daily by default). Replies reach only the author of the comment replied to.
	 */
	private void notifyChallengeFollowers(long commentId) {
		CommentFacts comment = this.comments.facts(List.of(commentId)).get(commentId);
		if (comment == null || !comment.visible() || comment.parentId() != null
				|| !ChallengeService.TARGET_TYPE.equals(comment.target().type())) {
			return;
		}
		notifyAll(this.store.followers(FollowTarget.CHALLENGE, comment.target().id()), comment.authorId(),
				new About(comment.dialogueId(), NotificationCategory.CHALLENGES, "CHALLENGE_COMMENT", comment.excerpt(),
						null, "comments/" + commentId, "challenge-comment:" + commentId));
	}

	/**
	 * Its author follows it; the dialogue's facilitators hear of it (not the one who
	 * posted or recorded it), once it is shown: a held one when it is approved.
	 */
	@ApplicationModuleListener
	void on(ChallengeRaised event) {
		follow(event.authorId(), FollowTarget.CHALLENGE, event.challengeId(), event.dialogueId());
		follow(event.authorId(), FollowTarget.DIALOGUE, event.dialogueId(), event.dialogueId());
		if (!event.held()) {
			notifyFacilitatorsOfChallenge(event.dialogueId(), event.challengeId(), event.title(), event.authorId(),
					event.raisedBy());
		}
	}

	private void notifyFacilitatorsOfChallenge(long dialogueId, long challengeId, String title, long authorId,
			long actorId) {
		Set<Long> facilitators = new LinkedHashSet<>(this.dialogues.facilitatorIds(dialogueId));
		facilitators.remove(authorId);
		notifyAll(facilitators, actorId, new About(dialogueId, NotificationCategory.FACILITATION, "NEW_CHALLENGE",
				title, null, "challenges/" + challengeId, "new-challenge:" + challengeId));
	}

	@ApplicationModuleListener
	void on(ChallengeResponded event) {
		Set<Long> recipients = new LinkedHashSet<>();
		recipients.add(event.authorId());
		recipients.addAll(this.store.followers(FollowTarget.CHALLENGE, event.challengeId()));
		notifyAll(recipients, event.responderId(), new About(event.dialogueId(), NotificationCategory.CHALLENGES,
				event.statusChanged() ? "CHALLENGE_STATUS" : "CHALLENGE_RESPONSE", event.title(),
				event.statusChanged() ? "STATUS_" + event.status().name() : null, "challenges/" + event.challengeId(),
				"response:" + event.challengeId() + ":" + event.revision()));
	}

	@ApplicationModuleListener
	void on(CommentAnswered event) {
		notifyAll(List.of(event.commentAuthorId()), event.answeredBy(),
				new About(event.dialogueId(), NotificationCategory.ANSWERS, "ANSWER", "",
						"DISPOSITION_" + event.disposition().name(), "comments/" + event.commentId(),
						"answer:" + event.commentId() + ":" + event.disposition().name()));
	}

	@ApplicationModuleListener
	void on(VersionPublished event) {
		notifyDialogueFollowers(event.dialogueId(), event.publisherId(),
				new About(event.dialogueId(), NotificationCategory.VISION, "VISION_VERSION",
						String.valueOf(event.number()), null, "vision/versions/" + event.number(),
						"vision:" + event.dialogueId() + ":" + event.number()));
	}

	@ApplicationModuleListener
	void on(ContributionHidden event) {
		notifyAll(List.of(event.authorId()), -1,
				new About(event.dialogueId(), NotificationCategory.MODERATION, "HIDDEN", event.title(),
						"REASON_" + event.reason(), event.path(),
						"hidden:" + event.type() + ":" + event.id() + ":" + event.reason()));
	}

	@ApplicationModuleListener
	void on(ContributionRestored event) {
		notifyAll(List.of(event.authorId()), -1, new About(event.dialogueId(), NotificationCategory.MODERATION,
				"RESTORED", event.title(), null, event.path(), "restored:" + event.type() + ":" + event.id()));
	}

	/**
	 * A contribution pre-moderation held is published: its author is told, and for a
	 * challenge the dialogue's facilitators.
	 */
	@ApplicationModuleListener
	void on(ContributionApproved event) {
		notifyAll(List.of(event.authorId()), -1,
				new About(event.dialogueId(), NotificationCategory.MODERATION, "APPROVED_" + event.type(),
						event.title(), null, event.path(), "approved:" + event.type() + ":" + event.id()));
		if (ChallengeService.TARGET_TYPE.equals(event.type())) {
			notifyFacilitatorsOfChallenge(event.dialogueId(), event.id(), event.title(), event.authorId(),
					event.approvedBy());
		}
		if (COMMENT_TYPE.equals(event.type())) {
			notifyChallengeFollowers(event.id());
		}
	}

	@ApplicationModuleListener
	void on(JoinRequested event) {
		notifyAll(this.dialogues.facilitatorIds(event.dialogueId()), event.accountId(),
				new About(event.dialogueId(), NotificationCategory.FACILITATION, "JOIN_REQUEST", "", null, "manage",
						"join:" + event.dialogueId() + ":" + event.accountId()));
	}

	/** Someone removed from a dialogue stops following it and what is in it. */
	@ApplicationModuleListener
	void on(MemberRemoved event) {
		this.store.unfollowDialogue(event.accountId(), event.dialogueId());
	}

	@ApplicationModuleListener
	void on(ReportFiled event) {
		notifyAll(this.dialogues.facilitatorIds(event.dialogueId()), event.reporterId(),
				new About(event.dialogueId(), NotificationCategory.FACILITATION, "REPORT", event.title(), null,
						"moderation", "report:" + event.type() + ":" + event.id() + ":" + event.reporterId()));
	}

	@ApplicationModuleListener
	void on(MeetingScheduled event) {
		notifyDialogueFollowers(event.dialogueId(), event.scheduledBy(),
				new About(event.dialogueId(), NotificationCategory.MEETINGS, "MEETING", event.title(), null,
						"meetings/" + event.meetingId(), "meeting:" + event.meetingId(), event.plan(), null));
	}

	/** A meeting moved: one notification per change, saying the new time. */
	@ApplicationModuleListener
	void on(MeetingMoved event) {
		notifyDialogueFollowers(event.dialogueId(), event.movedBy(),
				new About(event.dialogueId(), NotificationCategory.MEETINGS, "MEETING_MOVED", event.title(),
						MeetingTimes.detail(event.plan()), "meetings/" + event.meetingId(),
						"meeting-moved:" + event.meetingId() + ":" + event.version(), event.plan(), null));
	}

	@ApplicationModuleListener
	void on(MeetingCancelled event) {
		notifyDialogueFollowers(event.dialogueId(), event.cancelledBy(),
				new About(event.dialogueId(), NotificationCategory.MEETINGS, "MEETING_CANCELLED", event.title(),
						MeetingTimes.detail(event.plan()), "meetings/" + event.meetingId(),
						"meeting-cancelled:" + event.meetingId(), event.plan(), event.reason()));
	}

	@ApplicationModuleListener
	void on(MinutesPublished event) {
		notifyDialogueFollowers(event.dialogueId(), event.publishedBy(),
				new About(event.dialogueId(), NotificationCategory.MEETINGS, "MINUTES", event.title(), null,
						"meetings/" + event.meetingId() + "/minutes", "minutes:" + event.meetingId()));
	}

	/**
	 * A member is told a facilitator's decision on her proposal or dispute of the map.
	 */
	@ApplicationModuleListener
	void on(MapDecisionMade event) {
		notifyAll(List.of(event.accountId()), -1,
				new About(event.dialogueId(), NotificationCategory.ANSWERS, event.kind(), "", null,
						(event.accepted() || event.subject() == MapDecisionMade.Subject.DISPUTE)
								? "map#relation-" + event.relationId() : "map",
						"map:" + event.subject() + ":" + event.relationId() + ":" + event.accountId()));
	}

	/**
	 * The dialogue's facilitators hear of a member's proposal or dispute of the map that
	 * waits for their decision (not the member, should she facilitate too).
	 */
	@ApplicationModuleListener
	void on(MapContributionWaiting event) {
		notifyAll(this.dialogues.facilitatorIds(event.dialogueId()), event.accountId(),
				new About(event.dialogueId(), NotificationCategory.FACILITATION, event.kind(), "", null,
						(event.subject() == MapDecisionMade.Subject.PROPOSAL) ? "map#proposal-" + event.id()
								: "map#relation-" + event.relationId(),
						"map-waiting:" + event.subject() + ":" + event.id()));
	}

	/**
	 * The dialogue's facilitators hear of a link a member suggested for the library (not
	 * the member).
	 */
	@ApplicationModuleListener
	void on(ResourceSuggested event) {
		notifyAll(this.dialogues.facilitatorIds(event.dialogueId()), event.accountId(),
				new About(event.dialogueId(), NotificationCategory.FACILITATION, "RESOURCE_SUGGESTED", event.title(),
						null, "resources/suggestions#suggestion-" + event.suggestionId(),
						"suggested:" + event.suggestionId()));
	}

	/**
	 * A member is told a facilitator's decision on the link she suggested: accepted, the
	 * new resource; declined, the reason (in the email; her suggestions page shows it).
	 */
	@ApplicationModuleListener
	void on(SuggestionDecided event) {
		notifyAll(List.of(event.accountId()), -1,
				new About(event.dialogueId(), NotificationCategory.ANSWERS, event.kind(), event.title(), null,
						event.accepted() ? "resources/" + event.resourceId() : "resources/suggestions#own-suggestions",
						"suggestion:" + event.suggestionId(), null, event.reason()));
	}

	/**
	 * Notifies the dialogue's followers. The hook for the meeting module's events (a new
	 * meeting, published minutes: category {@link NotificationCategory#MEETINGS}).
	 */
	void notifyDialogueFollowers(long dialogueId, long actorId, About about) {
		notifyAll(this.store.followers(FollowTarget.DIALOGUE, dialogueId), actorId, about);
	}

	/**
	 * What a notification is about.
	 *
	 * @param subject what the text names (a title), may be empty
	 * @param detail a code the text adds ({@code STATUS_ADDRESSED}), or {@code null}
	 * @param path the page, relative to the dialogue's
	 * @param sourceKey the same for every delivery of one event
	 * @param meeting when and where the meeting it is about takes place (its email says
	 * so), or {@code null}
	 * @param reason why (a cancelled meeting's reason), or {@code null}
	 */
	record About(long dialogueId, NotificationCategory category, String kind, String subject, String detail,
			String path, String sourceKey, MeetingPlan meeting, String reason) {

		About(long dialogueId, NotificationCategory category, String kind, String subject, String detail, String path,
				String sourceKey) {
			this(dialogueId, category, kind, subject, detail, path, sourceKey, null, null);
		}

	}

	private void notifyAll(Collection<Long> recipients, long actorId, About about) {
		if (recipients.isEmpty()) {
			return;
		}
		Dialogue dialogue = this.dialogues.byIds(List.of(about.dialogueId())).get(about.dialogueId());
		if (dialogue == null) {
			return;
		}
		String path = "/dialogues/" + dialogue.getSlug() + "/" + about.path();
		// Only those who may read the dialogue now, checked for all of them at once.
		Set<Long> readers = this.access.readers(dialogue.getId(), recipients);
		// The subject in each recipient language, read once per language (five at most).
		Map<String, String> subjects = new HashMap<>();
		for (long recipientId : new LinkedHashSet<>(recipients)) {
			if (recipientId == actorId || !readers.contains(recipientId)) {
				continue;
			}
			NotificationStore.NewNotification notification = new NotificationStore.NewNotification(recipientId,
					dialogue.getId(), dialogue.getSlug(), dialogue.getTitle(), about.category(), about.kind(),
					about.subject(), about.detail(), path, about.sourceKey(), this.clock.instant());
			this.store.insertOnce(notification, about.reason()).ifPresent((id) -> {
				EmailFrequency frequency = this.store.preferences(recipientId).get(about.category());
				boolean emailed = false;
				if (about.category().sendsImmediateEmail() && frequency == EmailFrequency.IMMEDIATE) {
					emailed = this.accounts.recipient(recipientId).map((to) -> {
						String language = to.locale().getLanguage();
						InboxEntry entry = new InboxEntry(id, dialogue.getSlug(), dialogue.text(language).getTitle(),
								about.category(), about.kind(), about.subject(), about.detail(), path,
								notification.createdAt(), false);
						String subject = subjects.computeIfAbsent(language,
								(l) -> this.challengeTitles.inLanguage(List.of(entry), l).get(0).subject());
						this.mail.sendNow(to, entry.withSubject(subject), about.meeting(), about.reason());
						return true;
					}).orElse(false);
				}
				else if (frequency == EmailFrequency.IMMEDIATE) {
					// The owning module (moderation) emailed it right away itself.
					emailed = true;
				}
				// Emailed now, or not to be emailed: it waits for no digest (V134).
				if (frequency == EmailFrequency.IMMEDIATE || frequency == EmailFrequency.NONE) {
					this.store.settleEmail(List.of(id), emailed ? notification.createdAt() : null);
				}
			});
		}
	}

	/**
	 * "This affects me too" follows the challenge, as a comment on it does: the member
	 * hears of its responses (and can unfollow from its page or the settings).
	 */
	@ApplicationModuleListener
	void on(ChallengeEndorsed event) {
		follow(event.accountId(), FollowTarget.CHALLENGE, event.challengeId(), event.dialogueId());
	}

	private void follow(long accountId, FollowTarget type, long targetId, long dialogueId) {
		this.store.follow(accountId, type, targetId, dialogueId, this.clock.instant());
	}

}
