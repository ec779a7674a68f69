package org.commonground.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.commonground.account.AccountService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the emails of the issues being sent, a batch per transaction: the batch's
 * delivery rows (primary key: issue and subscriber) and its emails in the outbox commit
 * together or not at all, and a subscriber who already has a row is skipped, so each
 * confirmed subscriber gets an issue once whatever crashes or runs twice. The job runs on
 * one instance at a time (ShedLock, lock {@code newsletter-batches}); the issue's row
 * lock ({@code SKIP LOCKED}) and the delivery key keep two runs apart even so.
 */
@Component
class NewsletterJob {

	private static final Logger log = LoggerFactory.getLogger(NewsletterJob.class);

	private final NewsletterStore store;

	private final NewsletterMail mail;

	private final Newsletters newsletters;

	private final NewsletterProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final AccountService accounts;

	NewsletterJob(NewsletterStore store, NewsletterMail mail, Newsletters newsletters, NewsletterProperties properties,
			Clock clock, PlatformTransactionManager transactions, AccountService accounts) {
		this.accounts = accounts;
		this.store = store;
		this.mail = mail;
		this.newsletters = newsletters;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${app.newsletter.batch-interval:1m}",
			initialDelayString = "${app.newsletter.batch-interval:1m}")
	@SchedulerLock(name = "newsletter-batches", lockAtMostFor = "30m", lockAtLeastFor = "5s")
	public void sendBatches() {
		sendBatches(this.properties.batchesPerRun());
	}

	/**
	 * Queues up to {@code maxBatches} batches of the issues being sent.
	 * @return how many emails were queued
	 */
	int sendBatches(int maxBatches) {
		int queued = 0;
		int batches = 0;
		for (long issueId : this.store.sending()) {
			while (batches < maxBatches) {
				Batch batch = this.transaction.execute((status) -> sendBatch(issueId));
				batches++;
				if (batch == null || batch.queued() < 0) {
					break;
				}
				queued += batch.queued();
				if (!batch.more()) {
					break;
				}
			}
		}
		if (queued > 0) {
			log.info("Queued {} newsletter emails", queued);
		}
		return queued;
	}

	/**
	 * What one batch did.
	 *
	 * @param queued emails queued, or -1 if the issue was held elsewhere or is done
	 * @param more whether a full batch was looked at, so that more may follow
	 */
	private record Batch(int queued, boolean more) {
	}

	/**
	 * One batch of the issue, unless another run holds it. The issue of a dialogue that
	 * not everyone may read goes only to the addresses whose account may read it now; the
	 * other subscriptions of the batch end.
	 */
	private Batch sendBatch(long issueId) {
		Optional<NewsletterIssue> locked = this.store.lockSending(issueId);
		if (locked.isEmpty()) {
			return new Batch(-1, false);
		}
		NewsletterIssue issue = locked.get();
		Instant now = this.clock.instant();
		int size = this.properties.batchSize();
		Dialogue dialogue = this.newsletters.dialogue(issue.dialogueId());
		List<NewsletterStore.Subscriber> batch;
		boolean more;
		if (dialogue != null && !DialogueAccess.readableByAnyone(dialogue)) {
			List<NewsletterStore.Subscriber> candidates = this.store.unserved(issue, size);
			List<NewsletterStore.Subscriber> allowed = this.newsletters.mayReceive(issue.dialogueId(), candidates);
			this.newsletters.endWithoutAccess(candidates.stream().filter((c) -> !allowed.contains(c)).toList(), now);
			batch = allowed.isEmpty() ? List.of() : this.store.claimBatch(issue, size, now,
					allowed.stream().mapToLong(NewsletterStore.Subscriber::id).toArray());
			more = candidates.size() == size;
		}
		else {
			batch = this.store.claimBatch(issue, size, now);
			more = batch.size() == size;
		}
		if (!batch.isEmpty()) {
			String archive = archivePath(issue, dialogue);
			// The newsletter's name (the dialogue's title, or the platform's) in each
			// subscriber's language, looked up once per language of the batch.
			Map<String, String> names = new HashMap<>();
			// Nothing for someone whose account waits for its deletion (their
			// subscription stays, should they log in and keep the account).
			java.util.Set<String> leaving = this.accounts
				.awaitingDeletion(batch.stream().map(NewsletterStore.Subscriber::email).toList());
			for (NewsletterStore.Subscriber subscriber : batch) {
				if (leaving.contains(subscriber.email().strip().toLowerCase(java.util.Locale.ROOT))) {
					continue;
				}
				String newsletter = names.computeIfAbsent(subscriber.language(),
						(l) -> this.newsletters.name(issue.dialogueId(), NewsletterMail.localeOf(l)));
				this.mail.sendIssue(subscriber, issue, newsletter, archive);
			}
		}
		if (!more) {
			this.store.finish(issueId, now);
		}
		return new Batch(batch.size(), more);
	}

	private static String archivePath(NewsletterIssue issue, Dialogue dialogue) {
		if (issue.dialogueId() == 0) {
			return "/newsletter/issues/" + issue.id();
		}
		return (dialogue != null) ? "/dialogues/" + dialogue.getSlug() + "/newsletter/" + issue.id() : "/newsletter";
	}

}
