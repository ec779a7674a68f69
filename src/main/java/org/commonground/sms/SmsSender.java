package org.commonground.sms;

import java.time.Clock;
import java.util.List;

import org.commonground.shared.security.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued messages to the gateway every {@code app.sms.poll-interval}. Each batch is
 * sent in a transaction that holds its rows ({@code FOR UPDATE SKIP LOCKED}), so that one
 * instance sends a message however many run. A refused message is marked FAILED with the
 * gateway's answer; an admin may queue it again. A message to a number that opted out
 * since it was queued is cancelled, not sent.
 */
@Component
class SmsSender {

	private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

	private static final int BATCH = 50;

	private final SmsStore store;

	private final SmsGateway gateway;

	private final PhoneNumbers phones;

	private final Clock clock;

	private final TransactionTemplate transaction;

	SmsSender(SmsStore store, SmsGateway gateway, PhoneNumbers phones, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.gateway = gateway;
		this.phones = phones;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${app.sms.poll-interval:30s}", initialDelayString = "${app.sms.poll-interval:30s}")
	@SchedulerLock(name = "sms-sender", lockAtMostFor = "PT10M")
	public void sendQueuedOnSchedule() {
		sendQueued();
	}

	/**
	 * Sends one batch of queued messages.
	 * @return how many the gateway accepted
	 */
	int sendQueued() {
		Integer sent = this.transaction.execute((status) -> {
			int accepted = 0;
			List<SmsOutbound> batch = this.store.claimQueued(BATCH);
			for (SmsOutbound message : batch) {
				if (message.optedOut()) {
					this.store.cancel(message.id());
					continue;
				}
				try {
					this.gateway.send(this.phones.decrypt(message.phoneCipher()), message.body());
					this.store.markOutbound(message.id(), "SENT", null, this.clock.instant());
					accepted++;
				}
				catch (SmsSendException | IllegalStateException ex) {
					String error = (ex.getMessage() != null && ex.getMessage().length() > 500)
							? ex.getMessage().substring(0, 500) : ex.getMessage();
					log.warn("SMS {} not sent: {}", message.id(), SafeLog.encode(error));
					this.store.markOutbound(message.id(), "FAILED", error, null);
				}
			}
			return accepted;
		});
		return (sent != null) ? sent : 0;
	}

}
