package org.commonground.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * that locks their digest row, queues the message in the outbox and records on each
 * notification it covers that it was emailed (V134): the message and those marks commit
 * together or not at all, so a crash or a restart never skips an item nor repeats one. A
 * digest takes what still waits for an email in the categories set to it when it is sent,
 * so changing a frequency neither emails an item twice (an item emailed right away is
 * marked so) nor loses one (what waited for a digest in a category since set to "right
 * away" goes in the next daily digest). Before sending it checks, for all the items at
 * once, that the person may still read each one ({@link StillShown}). The job runs on one
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

	private final StillShown stillShown;

	DigestJob(NotificationStore store, AccountService accounts, NotificationMail mail, DialogueService dialogues,
			NotificationProperties properties, Clock clock, PlatformTransactionManager transactions,
			ChallengeTitles challengeTitles, StillShown stillShown) {
		this.challengeTitles = challengeTitles;
		this.stillShown = stillShown;
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
		List<NotificationStore.PendingEmail> pending = this.store.pendingEmail(accountId,
				now.minus(this.properties.settle()));
		if (pending.isEmpty()) {
			return false;
		}
		Map<NotificationCategory, EmailFrequency> frequencies = this.store.preferences(accountId);
		// What this digest settles: the categories now set to it; the daily one also
		// takes
		// what waited for a digest in a category since set to "right away" (not emailed
		// yet); a category now set to "no email" lets what waited in it go.
		List<NotificationStore.PendingEmail> taken = new ArrayList<>();
		List<Long> dropped = new ArrayList<>();
		for (NotificationStore.PendingEmail p : pending) {
			EmailFrequency frequency = frequencies.get(p.entry().category());
			if (frequency == digest.frequency()
					|| (digest == NotificationStore.Digest.DAILY && frequency == EmailFrequency.IMMEDIATE)) {
				taken.add(p);
			}
			else if (frequency == EmailFrequency.NONE) {
				dropped.add(p.entry().id());
			}
		}
		Optional<Recipient> recipient = this.accounts.recipient(accountId);
		// Nothing about a dialogue the person may no longer read, nor about a challenge
		// or
		// a comment since hidden or deleted: checked now, for all of them at once.
		List<InboxEntry> included = recipient.isPresent()
				? this.stillShown.filter(accountId, taken).stream().map(NotificationStore.PendingEmail::entry).toList()
				: List.of();
		boolean send = !included.isEmpty();
		if (send) {
			// The dialogues named in the recipient's language where translated.
			Map<String, DialogueText> titles = this.dialogues.texts(
					included.stream().map(InboxEntry::dialogueSlug).distinct().toList(),
					recipient.get().locale().getLanguage());
			// The challenges too, where their titles are translated.
			this.mail.sendDigest(recipient.get(), digest.frequency(),
					this.challengeTitles.inLanguage(included, recipient.get().locale().getLanguage()), titles);
		}
		List<Long> emailed = included.stream().map(InboxEntry::id).toList();
		this.store.settleEmail(emailed, now);
		Set<Long> emailedIds = new HashSet<>(emailed);
		taken.stream().map((p) -> p.entry().id()).filter((id) -> !emailedIds.contains(id)).forEach(dropped::add);
		this.store.settleEmail(dropped, null);
		this.store.advanceDigest(accountId, digest, pending.get(pending.size() - 1).entry().id(), now);
		return send;
	}

}
