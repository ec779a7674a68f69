package org.commonground.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text email. With an SMTP server ({@code spring.mail.host}) the message is
 * queued, recorded without its body, and delivered in the background once the caller's
 * transaction commits, so that no reply waits for the mail server (its timing would tell
 * which addresses have accounts). Without one it is stored whole and logged, and admins
 * read it on the outbound-email page.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	static final String BODY_NOT_KEPT = "(sent by SMTP; the body is not kept)";

	private final OutboundEmailRepository emails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final Clock clock;

	private final Executor delivery;

	MailService(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
			Clock clock, @Qualifier("applicationTaskExecutor") Executor delivery) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.delivery = delivery;
	}

	/** The public address of the site, for links inside messages. */
	public String baseUrl() {
		return this.properties.baseUrl().replaceAll("/+$", "");
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(String recipient, String subject, String body) {
		Instant now = this.clock.instant();
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			this.emails.save(new OutboundEmail(recipient, subject, body, OutboundEmail.Status.STORED, null, now));
			log.info("No SMTP server configured; stored email to {} \"{}\":\n{}", recipient, subject, body);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(recipient);
		message.setSubject(subject);
		message.setText(body);
		Long id = this.emails
			.save(new OutboundEmail(recipient, subject, BODY_NOT_KEPT, OutboundEmail.Status.QUEUED, null, now))
			.getId();
		Runnable deliver = () -> deliver(sender, message, id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MailService.this.delivery.execute(deliver);
				}
			});
		}
		else {
			this.delivery.execute(deliver);
		}
	}

	private void deliver(JavaMailSender sender, SimpleMailMessage message, Long id) {
		try {
			sender.send(message);
			this.emails.updateStatus(id, OutboundEmail.Status.SENT, null);
		}
		catch (MailException ex) {
			log.warn("Could not send email {}: {}", id, ex.getMessage());
			String error = String.valueOf(ex.getMessage());
			this.emails.updateStatus(id, OutboundEmail.Status.FAILED,
					error.substring(0, Math.min(500, error.length())));
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<OutboundEmail> recent(String recipientContains, int page) {
		return this.emails.findByRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(
				(recipientContains != null) ? recipientContains.strip() : "", PageRequest.of(Math.max(page, 0), 25));
	}

}
