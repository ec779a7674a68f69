package org.commonground.sms;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dialogues' SMS codes, kept in memory for the dialogue page's note on taking part by
 * SMS: that page runs a fixed, small number of statements (QUALITY.md P1) and this adds
 * none. Read at start, again after a code is saved here, and every minute for codes saved
 * on another instance. Each instance keeps its own copy, so each refreshes it: not work
 * to do once across instances, hence the scheduler's own call rather than a
 * {@code @Scheduled} method, which takes ShedLock's lock (ScheduledWorkRunsOnceTest).
 */
@Component
class SmsJoinCodes {

	private static final Duration REFRESH = Duration.ofMinutes(1);

	private final SmsStore store;

	private final TaskScheduler scheduler;

	private volatile Map<Long, String> codes = Map.of();

	SmsJoinCodes(SmsStore store, TaskScheduler scheduler) {
		this.store = store;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		refresh();
		this.scheduler.scheduleWithFixedDelay(this::refresh, REFRESH);
	}

	/** The code people text after JOIN to take part in the dialogue, if it has one. */
	Optional<String> codeOf(long dialogueId) {
		return Optional.ofNullable(this.codes.get(dialogueId));
	}

	void refresh() {
		this.codes = Map.copyOf(this.store.codes());
	}

	/** A code was saved: read them again once the transaction has committed. */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
	}

}
