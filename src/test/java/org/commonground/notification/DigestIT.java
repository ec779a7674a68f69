package org.commonground.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.commonground.account.AccountRole;
import org.commonground.account.AccountService;
import org.commonground.account.Recipient;
import org.commonground.challenge.ChallengeResponded;
import org.commonground.challenge.ChallengeStatus;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.mail.MailService;
import org.commonground.meeting.MeetingScheduled;
import org.commonground.support.IntegrationTest;
import org.commonground.support.Mailbox;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.vision.VersionPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Digests: each covers exactly the items since the last one, across restarts (a job built
 * anew, as after a restart, with nothing in memory) and a crash in the middle of a digest
 * (its message and its cursor roll back together); one section per dialogue, in the
 * recipient's language, plain text with an HTML alternative; only the categories the
 * person set to that digest; the weekly one on the chosen day.
 */
class DigestIT extends IntegrationTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	NotificationFeed feed;

	@Autowired
	NotificationStore store;

	@Autowired
	AccountService accountService;

	@Autowired
	org.commonground.dialogue.DialogueService dialogueService;

	@Autowired
	MailService mailService;

	@Autowired
	MessageSource messages;

	@Autowired
	EmailPreferences preferences;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Mailbox mailbox;

	@Autowired
	ChallengeTitles challengeTitles;

	@Autowired
	StillShown stillShown;

	@Autowired
	org.commonground.support.TestChallenges challenges;

	@Autowired
	JdbcTemplate jdbc;

	private final AtomicInteger revisions = new AtomicInteger();

	String facilitator;

	String miner;

	long minerId;

	long dialogueId;

	long otherDialogueId;

	@BeforeEach
	void dialogues() {
		this.facilitator = this.accounts.create("Digest Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		this.miner = this.accounts.participant("Digest Miner");
		this.minerId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, this.miner);
		this.jdbc.update("update account set locale = 'fr' where id = ?", this.minerId);
		this.dialogueId = dialogueId(this.dialogues.create(this.facilitator, "Gold in Geita", Visibility.PUBLIC,
				JoinPolicy.OPEN, false, DialogueStatus.OPEN));
		this.otherDialogueId = dialogueId(this.dialogues.create(this.facilitator, "Tin in Rwanda", Visibility.PUBLIC,
				JoinPolicy.OPEN, false, DialogueStatus.OPEN));
	}

	@Test
	void eachDailyDigestCoversExactlyTheItemsSinceTheLastAcrossARestartAndACrash() {
		// The second dialogue has a French title, the miner's language; the first has
		// only its English one.
		this.jdbc.update("update dialogue set languages = '{en,fr}' where id = ?", this.otherDialogueId);
		this.jdbc.update("""
				insert into dialogue_translation (dialogue_id, language, title, summary, translated_by, translated_at)
				values (?, 'fr', 'Le coltan au Rwanda', 'Résumé', ?, now())""", this.otherDialogueId, this.minerId);
		respond(this.dialogueId, "Licences");
		respond(this.otherDialogueId, "Smelting");
		Instant day1 = nextDigestSlot();

		newJob().sendDue(day1);
		String first = this.mailbox.latestBody(this.miner);
		assertThat(this.mailbox.subjects(this.miner)).containsExactly("Votre résumé du jour\u00a0: 2 nouveautés");
		assertThat(first).contains("Bonjour Digest Miner")
			.containsPattern(
					"Gold in Geita \\d+\n=+\n- La difficulté «\u00a0Licences\u00a0» est maintenant\u00a0: traité")
			.contains("Le coltan au Rwanda\n===================\n- La difficulté «\u00a0Smelting\u00a0»")
			.contains("/unsubscribe?token=")
			.contains("/account/notifications");
		assertThat(this.jdbc.queryForObject(
				"select html_body from outbound_email where recipient = ? order by id desc limit 1", String.class,
				this.miner))
			.containsPattern("<h2 lang=\"en\">Gold in Geita \\d+</h2>")
			.contains("<h2>Le coltan au Rwanda</h2>");

		respond(this.dialogueId, "Mercury");
		newJob().sendDue(day1.plus(Duration.ofHours(3)));
		assertThat(this.mailbox.subjects(this.miner)).as("one daily digest per day, even restarted").hasSize(1);

		Instant day2 = day1.plus(Duration.ofDays(1));
		assertThatThrownBy(() -> crashingJob().sendDue(day2)).hasMessageContaining("dies");
		assertThat(this.mailbox.subjects(this.miner)).as("the crashed digest left no message").hasSize(1);

		newJob().sendDue(day2);
		assertThat(this.mailbox.subjects(this.miner)).hasSize(2);
		String second = this.mailbox.latestBody(this.miner);
		assertThat(second).contains("«\u00a0Mercury\u00a0»").doesNotContain("Licences").doesNotContain("Smelting");
		newJob().sendDue(day2.plus(Duration.ofDays(1)));
		assertThat(this.mailbox.subjects(this.miner)).as("nothing new: no empty digest").hasSize(2);
	}

	@Test
	void aChallengeIsNamedInTheDigestByItsTitleTranslatedIntoTheRecipientsLanguage() {
		String slug = this.jdbc.queryForObject("select slug from dialogue where id = ?", String.class, this.dialogueId);
		long challenge = this.challenges.raise(slug, this.facilitator, "Mercury vapour near homes");
		this.jdbc.update("""
				insert into challenge_translation (challenge_id, language, title, translated_by, translated_at)
				values (?, 'fr', 'Vapeurs de mercure près des maisons', ?, now())""", challenge, this.minerId);
		target().on(new ChallengeResponded(this.dialogueId, challenge, this.minerId, "Mercury vapour near homes",
				ChallengeStatus.ADDRESSED, true, 0, this.revisions.incrementAndGet()));

		newJob().sendDue(nextDigestSlot());
		assertThat(this.mailbox.latestBody(this.miner)).contains("«\u00a0Vapeurs de mercure près des maisons\u00a0»")
			.doesNotContain("Mercury vapour near homes");
	}

	@Test
	void theWeeklyDigestGoesOutOnTheChosenDayWithOnlyItsCategories() {
		Instant slot = nextDigestSlot();
		DayOfWeek day = slot.atZone(ZoneOffset.UTC).getDayOfWeek();
		this.store.setPreference(this.minerId, NotificationCategory.VISION, EmailFrequency.WEEKLY);
		this.store.setPreference(this.minerId, NotificationCategory.CHALLENGES, EmailFrequency.NONE);
		this.store.setWeeklyDay(this.minerId, day.plus(1).getValue());
		this.store.follow(this.minerId, FollowTarget.DIALOGUE, this.dialogueId, this.dialogueId, Instant.now());
		target().on(new VersionPublished(this.dialogueId, 3, "Third", 0));
		respond(this.dialogueId, "Not in any digest");

		newJob().sendDue(slot);
		assertThat(this.mailbox.subjects(this.miner)).as("not the chosen day").isEmpty();
		newJob().sendDue(slot.plus(Duration.ofDays(1)));
		assertThat(this.mailbox.subjects(this.miner)).containsExactly("Votre résumé de la semaine\u00a0: 1 nouveauté");
		assertThat(this.mailbox.latestBody(this.miner)).contains("La version 3 de la vision est publiée")
			.doesNotContain("Not in any digest");
	}

	@Test
	void anAccountWaitingForItsDeletionGetsNoDigestNorNotificationEmail() {
		respond(this.dialogueId, "Licences");
		this.jdbc.update("update account set deletion_requested_at = now() where id = ?", this.minerId);
		assertThat(this.accountService.recipient(this.minerId)).as("no immediate notification email either").isEmpty();
		newJob().sendDue(nextDigestSlot());
		assertThat(this.mailbox.subjects(this.miner)).isEmpty();
	}

	@Test
	void theDigestSaysNothingOfADialogueTheRecipientMayNoLongerReadNorOfHiddenChallengesAndComments() {
		long facilitatorId = this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				this.facilitator);
		// A members-only dialogue the miner follows, then is removed from.
		String closed = this.dialogues.create(this.facilitator, "Buyers working group", Visibility.MEMBERS_ONLY,
				JoinPolicy.OPEN, false, DialogueStatus.OPEN);
		this.dialogues.addMember(closed, this.facilitator, this.miner, DisplayMode.NAMED);
		long closedId = dialogueId(closed);
		this.store.follow(this.minerId, FollowTarget.DIALOGUE, closedId, closedId, Instant.now());
		target()
			.on(new MeetingScheduled(closedId, 999_001, "Confidential price-setting", Instant.now(), facilitatorId));
		// In a public dialogue: a challenge hidden later, one still shown, replies to the
		// miner under each, one of them hidden later.
		String slug = this.jdbc.queryForObject("select slug from dialogue where id = ?", String.class, this.dialogueId);
		this.dialogues.addMember(slug, this.facilitator, this.miner, DisplayMode.NAMED);
		this.store.setPreference(this.minerId, NotificationCategory.REPLIES, EmailFrequency.DAILY);
		long hidden = this.challenges.raise(slug, this.facilitator, "Children at the sites");
		long shown = this.challenges.raise(slug, this.facilitator, "Mercury vapour");
		target().on(new ChallengeResponded(this.dialogueId, hidden, this.minerId, "Children at the sites",
				ChallengeStatus.ADDRESSED, true, facilitatorId, this.revisions.incrementAndGet()));
		target().on(new ChallengeResponded(this.dialogueId, shown, this.minerId, "Mercury vapour",
				ChallengeStatus.ADDRESSED, true, facilitatorId, this.revisions.incrementAndGet()));
		long underHidden = this.challenges.comment(slug, this.facilitator, hidden,
				this.challenges.comment(slug, this.miner, hidden, null, "Mine one."), "Reply under the hidden one.");
		long mine = this.challenges.comment(slug, this.miner, shown, null, "Mine two.");
		long hiddenReply = this.challenges.comment(slug, this.facilitator, shown, mine, "A reply hidden later.");
		long shownReply = this.challenges.comment(slug, this.facilitator, shown, mine, "A reply still shown.");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification where recipient_id = ? and kind = 'REPLY'", Integer.class,
					this.minerId) == 3);

		this.jdbc.update("update membership set status = 'REMOVED' where account_id = ? and dialogue_id = ?",
				this.minerId, closedId);
		this.jdbc.update("update challenge set moderation = 'HIDDEN' where id = ?", hidden);
		this.jdbc.update("update comment set status = 'HIDDEN' where id = ?", hiddenReply);

		newJob().sendDue(nextDigestSlot());
		assertThat(this.mailbox.subjects(this.miner)).containsExactly("Votre résumé du jour\u00a0: 2 nouveautés");
		assertThat(this.mailbox.latestBody(this.miner)).contains("«\u00a0Mercury vapour\u00a0»")
			.contains("/comments/" + shownReply)
			.doesNotContain("Buyers working group")
			.doesNotContain("Confidential")
			.doesNotContain("Children at the sites")
			.doesNotContain("/comments/" + underHidden)
			.doesNotContain("/comments/" + hiddenReply);
		assertThat(
				this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and email_pending",
						Integer.class, this.minerId))
			.as("what may no longer be sent waits no more")
			.isZero();
	}

	@Test
	void changingAFrequencyNeitherEmailsAnItemTwiceNorLosesOne() {
		this.store.setPreference(this.minerId, NotificationCategory.CHALLENGES, EmailFrequency.IMMEDIATE);
		this.store.follow(this.minerId, FollowTarget.DIALOGUE, this.dialogueId, this.dialogueId, Instant.now());
		respond(this.dialogueId, "Emailed right away");
		assertThat(this.mailbox.subjects(this.miner)).hasSize(1);
		target().on(new VersionPublished(this.dialogueId, 4, "Fourth", 0));

		// Challenges now in the daily digest, the vision now right away.
		this.store.setPreference(this.minerId, NotificationCategory.CHALLENGES, EmailFrequency.DAILY);
		this.store.setPreference(this.minerId, NotificationCategory.VISION, EmailFrequency.IMMEDIATE);
		Instant slot = nextDigestSlot();
		newJob().sendDue(slot);

		assertThat(this.mailbox.subjects(this.miner)).hasSize(2).contains("Votre résumé du jour\u00a0: 1 nouveauté");
		assertThat(this.mailbox.latestBody(this.miner))
			.as("what waited for the digest goes in the next daily one; what was emailed does not")
			.contains("La version 4 de la vision est publiée")
			.doesNotContain("Emailed right away");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and emailed_at is not null", Integer.class,
				this.minerId))
			.isEqualTo(2);
		newJob().sendDue(slot.plus(Duration.ofDays(1)));
		assertThat(this.mailbox.subjects(this.miner)).hasSize(2);
	}

	/**
	 * A response to a challenge of the miner's (a real one: the digest leaves out a
	 * challenge that does not exist or is not shown).
	 */
	private void respond(long dialogue, String title) {
		String slug = this.jdbc.queryForObject("select slug from dialogue where id = ?", String.class, dialogue);
		long challenge = this.challenges.raise(slug, this.facilitator, title);
		target().on(new ChallengeResponded(dialogue, challenge, this.minerId, title, ChallengeStatus.ADDRESSED, true, 0,
				this.revisions.incrementAndGet()));
	}

	private NotificationFeed target() {
		return AopTestUtils.getUltimateTargetObject(this.feed);
	}

	/**
	 * A job as a freshly started instance has it: nothing carried over but the database.
	 */
	private DigestJob newJob() {
		return new DigestJob(this.store, this.accountService, mail(), this.dialogueService, properties(),
				Clock.systemUTC(), this.transactions, this.challengeTitles, this.stillShown);
	}

	/** A job whose instance dies while it writes this miner's digest. */
	private DigestJob crashingJob() {
		NotificationMail crashing = new NotificationMail(this.mailService, this.messages, this.preferences) {
			@Override
			void sendDigest(Recipient to, EmailFrequency frequency, List<InboxEntry> entries,
					java.util.Map<String, org.commonground.dialogue.DialogueText> titles) {
				super.sendDigest(to, frequency, entries, titles);
				if (to.accountId() == DigestIT.this.minerId) {
					throw new IllegalStateException("the instance dies here");
				}
			}
		};
		return new DigestJob(this.store, this.accountService, crashing, this.dialogueService, properties(),
				Clock.systemUTC(), this.transactions, this.challengeTitles, this.stillShown);
	}

	private NotificationMail mail() {
		return new NotificationMail(this.mailService, this.messages, this.preferences);
	}

	private static NotificationProperties properties() {
		return new NotificationProperties(6, Duration.ofMinutes(15), Duration.ofMinutes(1), "");
	}

	/** Tomorrow at the digest hour: later than every notification of this test. */
	private static Instant nextDigestSlot() {
		return LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
	}

	private long dialogueId(String slug) {
		return this.jdbc.queryForObject("select id from dialogue where slug = ?", Long.class, slug);
	}

}
