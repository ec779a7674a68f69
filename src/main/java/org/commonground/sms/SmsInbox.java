package org.commonground.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroupService;
import org.commonground.challenge.ChallengeContributions;
import org.commonground.challenge.ChallengeService;
import org.commonground.challenge.ChallengeText;
import org.commonground.comment.CommentPosting;
import org.commonground.comment.CommentTarget;
import org.commonground.comment.NewComment;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.MembershipService;
import org.commonground.meeting.WorkshopRecording;
import org.commonground.shared.web.NotFoundException;
import org.commonground.vision.Paragraph;
import org.commonground.vision.VisionPage;
import org.commonground.vision.VisionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitators' side of SMS in a dialogue: the inbox of texts, accepting one as a
 * challenge (with a title) or as a comment on a challenge, merging it into a challenge
 * (the sender says "this affects me too"), declining it; the dialogue's SMS code and
 * budget; and stance questions on vision paragraphs. An accepted text is posted through
 * the challenge and comment modules' own services as the sender's account (ADR 0011),
 * which the facilitator admits as a member first.
 */
@Service
@Transactional
public class SmsInbox {

	private static final int DECIDED_SHOWN = 20;

	private final SmsStore store;

	private final SmsJoinCodes joinCodes;

	private final SmsOutbox outbox;

	private final DialogueAccess access;

	private final MembershipService memberships;

	private final AccountService accounts;

	private final StakeholderGroupService groups;

	private final ChallengeService challenges;

	private final ChallengeContributions challengeContributions;

	private final CommentPosting comments;

	private final VisionService vision;

	private final SmsProperties properties;

	private final Clock clock;

	private final WorkshopRecording recording;

	SmsInbox(SmsStore store, SmsOutbox outbox, DialogueAccess access, MembershipService memberships,
			AccountService accounts, StakeholderGroupService groups, ChallengeService challenges,
			ChallengeContributions challengeContributions, CommentPosting comments, VisionService vision,
			SmsProperties properties, Clock clock, SmsJoinCodes joinCodes, WorkshopRecording recording) {
		this.recording = recording;
		this.store = store;
		this.joinCodes = joinCodes;
		this.outbox = outbox;
		this.access = access;
		this.memberships = memberships;
		this.accounts = accounts;
		this.groups = groups;
		this.challenges = challenges;
		this.challengeContributions = challengeContributions;
		this.comments = comments;
		this.vision = vision;
		this.properties = properties;
		this.clock = clock;
	}

	/** The inbox page; facilitators and admins only, others get 404. */
	@Transactional(readOnly = true)
	public SmsInboxPage inbox(String slug, AccountPrincipal viewer, Locale locale) {
		DialogueView view = this.access.facilitated(slug, viewer);
		long dialogueId = view.dialogue().getId();
		SmsSettings settings = this.store.settings(dialogueId).orElse(null);
		List<SmsContribution> contributions = this.store.inbox(dialogueId, DECIDED_SHOWN);
		Map<Long, String> senders = new HashMap<>();
		for (SmsContribution c : contributions) {
			senders.put(c.participantId(), label(c.groupId(), c.district(), locale));
		}
		VisionPage page = this.vision.version(slug, viewer, 0, locale);
		List<Paragraph> paragraphs = (page.version() != null)
				? page.version().getParagraphs().stream().filter((p) -> !p.isHeading()).toList() : List.of();
		int budget = (settings != null) ? settings.monthlyBudget() : this.properties.defaultBudget();
		return new SmsInboxPage(view, settings, contributions, senders, this.challenges.forSummary(view),
				this.outbox.used(dialogueId), budget, (page.version() != null) ? page.version().getNumber() : 0,
				paragraphs, questions(dialogueId, locale));
	}

	/** "SMS · Artisanal miner · Geita". */
	String label(Long groupId, String district, Locale locale) {
		String group = (groupId != null) ? this.groups.labelOf(groupId, locale) : "?";
		return "SMS · " + group + ((district != null) ? " · " + district : "");
	}

	/** Sets the code people text after JOIN and the monthly budget in segments. */
	public void updateSettings(String slug, AccountPrincipal viewer, String code, int monthlyBudget) {
		DialogueView view = this.access.facilitated(slug, viewer);
		String normalised = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : "";
		if (!normalised.matches("[A-Z0-9]{2,12}")) {
			throw new SmsRuleException("sms.error.code");
		}
		if (monthlyBudget < 0 || monthlyBudget > 1_000_000) {
			throw new SmsRuleException("sms.error.budget");
		}
		if (!this.store.saveSettings(view.dialogue().getId(), normalised, monthlyBudget, this.clock.instant())) {
			throw new SmsRuleException("sms.error.code-taken");
		}
		this.joinCodes.changed();
	}

	/**
	 * Accepts a text as a challenge with the facilitator's title; the text is its body.
	 * @return the challenge's id
	 */
	public long acceptAsChallenge(String slug, AccountPrincipal facilitator, long contributionId, String title) {
		Decision decision = decision(slug, facilitator, contributionId);
		long challengeId = ActingAs.participant(decision.author(),
				() -> this.challengeContributions.create(slug, decision.author(),
						new ChallengeText(title, decision.contribution().body(), List.of(), "sms" + contributionId)));
		// Shown and exported as recorded by SMS on behalf of its sender, like a card.
		long groupId = ActingAs.participant(decision.author(),
				() -> this.accounts.get(decision.author().getId()).getStakeholderGroup().getId());
		this.recording.recordTextMessage(slug, facilitator, challengeId, groupId, title, decision.contribution().body(),
				decision.contribution().receivedAt());
		this.store.decide(contributionId, SmsContribution.Status.CHALLENGE, challengeId, null, null,
				facilitator.getId(), this.clock.instant());
		return challengeId;
	}

	/** Accepts a text as a comment on one of the dialogue's challenges. */
	public void acceptAsComment(String slug, AccountPrincipal facilitator, long contributionId, long challengeId) {
		Decision decision = decision(slug, facilitator, contributionId);
		long commentId = ActingAs.participant(decision.author(),
				() -> this.comments
					.post(slug, decision.author(), CommentTarget.of(ChallengeService.TARGET_TYPE, challengeId),
							new NewComment(decision.contribution().body(), null, "sms" + contributionId))
					.id());
		this.store.decide(contributionId, SmsContribution.Status.COMMENT, challengeId, commentId, null,
				facilitator.getId(), this.clock.instant());
	}

	/**
	 * Accepts a text as a comment on a paragraph of the newest vision version; the sender
	 * hears the facilitators' answer to it ({@link SmsAnswers}).
	 */
	public void acceptAsParagraphComment(String slug, AccountPrincipal facilitator, long contributionId,
			String paragraphKey) {
		Decision decision = decision(slug, facilitator, contributionId);
		VisionPage page = this.vision.version(slug, facilitator, 0, Locale.ENGLISH);
		if (page.version() == null || page.version()
			.getParagraphs()
			.stream()
			.noneMatch((p) -> !p.isHeading() && p.getKey().equals(paragraphKey))) {
			throw new SmsRuleException("sms.error.paragraph");
		}
		int number = page.version().getNumber();
		long commentId = ActingAs.participant(decision.author(),
				() -> this.comments
					.post(slug, decision.author(),
							this.vision.commentTarget(slug, decision.author(), number, paragraphKey),
							new NewComment(decision.contribution().body(), null, "sms" + contributionId))
					.id());
		this.store.decide(contributionId, SmsContribution.Status.COMMENT, null, commentId, null, facilitator.getId(),
				this.clock.instant());
	}

	/**
	 * Merges a text into a challenge that says the same: the sender endorses it ("this
	 * affects me too") and hears when it is answered.
	 */
	public void merge(String slug, AccountPrincipal facilitator, long contributionId, long challengeId) {
		Decision decision = decision(slug, facilitator, contributionId);
		ActingAs.participant(decision.author(), () -> {
			this.challengeContributions.endorse(slug, decision.author(), challengeId);
			return null;
		});
		this.store.decide(contributionId, SmsContribution.Status.MERGED, challengeId, null, null, facilitator.getId(),
				this.clock.instant());
	}

	/** Declines a text: it is kept in the inbox as declined and published nowhere. */
	public void decline(String slug, AccountPrincipal facilitator, long contributionId) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		SmsContribution contribution = undecided(view, contributionId);
		this.store.decide(contribution.id(), SmsContribution.Status.DECLINED, null, null, null, facilitator.getId(),
				this.clock.instant());
	}

	/**
	 * Sends a stance question on a paragraph of the newest vision version to every SMS
	 * participant of the dialogue, admitting them as members so that their replies count.
	 * @return how many participants it was sent to
	 */
	public int ask(String slug, AccountPrincipal facilitator, String paragraphKey, String text, Locale locale) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		String question = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
		if (question.length() < 5 || question.length() > 200) {
			throw new SmsRuleException("sms.error.question");
		}
		VisionPage page = this.vision.version(slug, facilitator, 0, locale);
		if (page.version() == null || page.version()
			.getParagraphs()
			.stream()
			.noneMatch((p) -> !p.isHeading() && p.getKey().equals(paragraphKey))) {
			throw new SmsRuleException("sms.error.paragraph");
		}
		long dialogueId = view.dialogue().getId();
		Instant now = this.clock.instant();
		this.store.addQuestion(dialogueId, page.version().getNumber(), paragraphKey, question, facilitator.getId(),
				now);
		List<SmsParticipant> participants = this.store.activeParticipants(dialogueId);
		for (SmsParticipant participant : participants) {
			this.memberships.admitOffline(slug, this.accounts.offlinePrincipal(participant.accountId()), facilitator);
			this.outbox.send(participant, "sms.text.question", question);
		}
		return participants.size();
	}

	private List<SmsInboxPage.Question> questions(long dialogueId, Locale locale) {
		Map<Long, SmsInboxPage.Question> questions = new LinkedHashMap<>();
		for (SmsQuestionRow row : this.store.questions(dialogueId)) {
			SmsInboxPage.Question question = questions.computeIfAbsent(row.id(), (id) -> new SmsInboxPage.Question(id,
					row.version(), row.paragraphKey(), row.text(), row.sentAt(), new LinkedHashMap<>()));
			if (row.stance() != null && row.groupId() != null) {
				question.stances()
					.computeIfAbsent(this.groups.labelOf(row.groupId(), locale), (g) -> new LinkedHashMap<>())
					.put(row.stance(), row.count());
			}
		}
		return new ArrayList<>(questions.values());
	}

	private record Decision(SmsContribution contribution, AccountPrincipal author) {
	}

	private Decision decision(String slug, AccountPrincipal facilitator, long contributionId) {
		DialogueView view = this.access.facilitated(slug, facilitator);
		requireOpen(view);
		SmsContribution contribution = undecided(view, contributionId);
		SmsParticipant participant = this.store.participant(contribution.participantId())
			.orElseThrow(NotFoundException::new);
		if (participant.accountId() == null) {
			throw new NotFoundException();
		}
		AccountPrincipal author = this.accounts.offlinePrincipal(participant.accountId());
		this.memberships.admitOffline(slug, author, facilitator);
		return new Decision(contribution, author);
	}

	/**
	 * Nothing is accepted into a dialogue that is not open, nor are its stances asked
	 * for; a text can still be declined.
	 */
	private static void requireOpen(DialogueView view) {
		if (!view.dialogue().isOpen()) {
			throw new SmsRuleException("sms.error.dialogue-closed");
		}
	}

	private SmsContribution undecided(DialogueView view, long contributionId) {
		SmsContribution contribution = this.store.contributionForUpdate(contributionId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		if (!contribution.isNew()) {
			throw new SmsRuleException("sms.error.decided");
		}
		return contribution;
	}

}
