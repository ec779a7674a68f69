package org.commonground.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.commonground.account.AccountService;
import org.commonground.account.Recipient;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily and weekly digests. Each person's digest goes out in one transaction
 * that locks their digest row, queues the message in the outbox and moves their cursor to
 * the last notification it covers: the message and the cursor commit together or not at
 * all, so a crash or a restart never skips an item nor repeats one. The job runs on one
 * instance at a time (ShedLock, lock {@code notification-digest}); the row lock keeps two
 * runs from sending one person's digest twice even so.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final NotificationStore store;

	private final AccountService accounts;

	private final NotificationMail mail;

	private final DialogueService dialogues;

	private final NotificationProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ChallengeTitles challengeTitles;

	DigestJob(NotificationStore store, AccountService accounts, NotificationMail mail, DialogueService dialogues,
			NotificationProperties properties, Clock clock, PlatformTransactionManager transactions,
			ChallengeTitles challengeTitles) {
		this.challengeTitles = challengeTitles;
		this.store = store;
		this.accounts = accounts;
		this.mail = mail;
		this.dialogues = dialogues;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${app.notification.digest-poll-interval:15m}",
			initialDelayString = "${app.notification.digest-poll-interval:15m}")
	@SchedulerLock(name = "notification-digest", lockAtMostFor = "30m", lockAtLeastFor = "10s")
	public void sendDue() {
		sendDue(this.clock.instant());
	}

	/**
	 * Sends the digests due at {@code now}: the daily one from the configured hour (UTC),
	 * the weekly one on each person's chosen day.
	 * @return how many digests were queued
	 */
	int sendDue(Instant now) {
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		Instant slot = today.atTime(this.properties.digestHour(), 0).toInstant(ZoneOffset.UTC);
		if (now.isBefore(slot)) {
			return 0;
		}
		int sent = 0;
		DayOfWeek weekday = today.getDayOfWeek();
		for (NotificationStore.Digest digest : NotificationStore.Digest.values()) {
			for (long accountId : this.store.digestCandidates(digest, slot, weekday.getValue())) {
				Boolean queued = this.transaction.execute((status) -> sendOne(accountId, digest, slot, now));
				if (Boolean.TRUE.equals(queued)) {
					sent++;
				}
			}
		}
		if (sent > 0) {
			log.info("Queued {} notification digests", sent);
		}
		return sent;
	}

	private boolean sendOne(long accountId, NotificationStore.Digest digest, Instant slot, Instant now) {
		Optional<NotificationStore.DigestState> locked = this.store.lockDigest(accountId, digest);
		if (locked.isEmpty() || (locked.get().sentAt() != null && !locked.get().sentAt().isBefore(slot))) {
			return false;
		}
		List<InboxEntry> since = this.store.since(accountId, locked.get().cursor(),
				now.minus(this.properties.settle()));
		if (since.isEmpty()) {
			return false;
		}
		Map<NotificationCategory, EmailFrequency> frequencies = this.store.preferences(accountId);
		List<InboxEntry> included = since.stream()
			.filter((entry) -> frequencies.get(entry.category()) == digest.frequency())
			.toList();
		Optional<Recipient> recipient = this.accounts.recipient(accountId);
		boolean send = !included.isEmpty() && recipient.isPresent();
		if (send) {
			// The dialogues named in the recipient's language where translated.
			Map<String, DialogueText> titles = this.dialogues.texts(
					included.stream().map(InboxEntry::dialogueSlug).distinct().toList(),
					recipient.get().locale().getLanguage());
			// The challenges too, where their titles are translated.
			this.mail.sendDigest(recipient.get(), digest.frequency(),
					this.challengeTitles.inLanguage(included, recipient.get().locale().getLanguage()), titles);
		}
		this.store.advanceDigest(accountId, digest, since.get(since.size() - 1).id(), now);
		return send;
	}

}
