package org.commonground.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued messages to the SMTP server: every few seconds the ones whose next attempt
 * is due, and a new one right after the transaction that queued it commits. Each message
 * is sent inside a transaction that holds its row ({@code FOR UPDATE SKIP LOCKED}), so
 * that one instance sends it however many run; a crash before the commit leaves it
 * queued, to be sent after the restart (at least once, never lost).
 */
@Component
class OutboundEmailSender {

	private static final Logger log = LoggerFactory.getLogger(OutboundEmailSender.class);

	/** Messages sent in one round, so that a long queue does not hold the scheduler. */
	private static final int BATCH = 50;

	private final OutboundEmailRepository emails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OutboundEmailSender(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender,
			MailProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * One round of the outbox, on one instance at a time (ShedLock); the row locks keep a
	 * message from being sent twice even by {@link #sendNow} running meanwhile.
	 */
	@Scheduled(fixedDelayString = "${app.mail.poll-interval:5s}", initialDelayString = "${app.mail.poll-interval:5s}")
	@SchedulerLock(name = "outbound-email-sender", lockAtMostFor = "PT5M")
	public void sendDue() {
		sendDue(this.clock.instant());
	}

	/**
	 * Sends the messages due at {@code now}, up to one batch.
	 * @return how many were handed to the SMTP server or refused by it
	 */
	int sendDue(Instant now) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int attempted = 0;
		while (attempted < BATCH && Boolean.TRUE
			.equals(this.transaction.execute((status) -> attempt(sender, this.emails.lockNextDue(now), now)))) {
			attempted++;
		}
		return attempted;
	}

	/**
	 * Sends that message now, unless it is no longer queued or another instance has it.
	 */
	void sendNow(long id) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender != null) {
			Instant now = this.clock.instant();
			this.transaction.executeWithoutResult((status) -> attempt(sender, this.emails.lockIfQueued(id), now));
		}
	}

	private void send(JavaMailSender sender, OutboundEmail email) throws MessagingException {
		if (email.getHtmlBody() == null && email.getHeaders().isEmpty()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.from());
			message.setTo(email.getRecipient());
			message.setSubject(email.getSubject());
			message.setText(email.getBody());
			sender.send(message);
			return;
		}
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, email.getHtmlBody() != null, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(email.getRecipient());
		helper.setSubject(email.getSubject());
		if (email.getHtmlBody() != null) {
			helper.setText(email.getBody(), email.getHtmlBody());
		}
		else {
			helper.setText(email.getBody());
		}
		for (Map.Entry<String, String> header : email.getHeaders().entrySet()) {
			message.addHeader(header.getKey(), header.getValue());
		}
		sender.send(message);
	}

	private boolean attempt(JavaMailSender sender, Optional<Long> locked, Instant now) {
		Optional<OutboundEmail> claimed = locked.flatMap(this.emails::findById);
		if (claimed.isEmpty()) {
			return false;
		}
		OutboundEmail email = claimed.get();
		try {
			send(sender, email);
			email.sent(now);
		}
		catch (MailException | MessagingException ex) {
			email.attemptFailed(now, String.valueOf(ex.getMessage()), this.properties.retryBackoff(),
					this.properties.maxRetryBackoff(), this.properties.maxAttempts());
			log.warn("Could not send email {} (attempt {}): {}; {}", email.getId(), email.getAttempts(),
					ex.getMessage(), (email.getStatus() == OutboundEmail.Status.FAILED) ? "giving up"
							: "next attempt at " + email.getNextAttemptAt());
		}
		return true;
	}

}
