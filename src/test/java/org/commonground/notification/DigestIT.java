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
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.mail.MailService;
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

	private void respond(long dialogue, String title) {
		target().on(new ChallengeResponded(dialogue, 1000 + this.revisions.get(), this.minerId, title,
				ChallengeStatus.ADDRESSED, true, 0, this.revisions.incrementAndGet()));
	}

	private NotificationFeed target() {
		return AopTestUtils.getUltimateTargetObject(this.feed);
	}

	/**
	 * A job as a freshly started instance has it: nothing carried over but the database.
	 */
	private DigestJob newJob() {
		return new DigestJob(this.store, this.accountService, mail(), this.dialogueService, properties(),
				Clock.systemUTC(), this.transactions, this.challengeTitles);
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
				Clock.systemUTC(), this.transactions, this.challengeTitles);
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
