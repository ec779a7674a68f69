package org.commonground.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends email: plain text, optionally with an HTML alternative and extra headers. With an
 * SMTP server ({@code spring.mail.host}) the message is queued in the outbound-email
 * table, body included, and delivered in the background once the caller's transaction
 * commits, so that no reply waits for the mail server (its timing would tell which
 * addresses have accounts). It stays queued until the server accepts it:
 * {@link OutboundEmailSender} retries with backoff and picks it up after a restart.
 * Without an SMTP server it is stored whole and logged, and admins read it on the
 * outbound-email page.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	private final OutboundEmailRepository emails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final Clock clock;

	private final Executor delivery;

	private final OutboundEmailSender sender;

	private final ApplicationEventPublisher events;

	MailService(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
			Clock clock, @Qualifier("applicationTaskExecutor") Executor delivery, OutboundEmailSender sender,
			ApplicationEventPublisher events) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.delivery = delivery;
		this.sender = sender;
		this.events = events;
	}

	/**
	 * Forgets every message about an account, whatever address it went to, and those to
	 * its current address about no account (sent or not): for a person whose account is
	 * erased.
	 * @return how many messages were forgotten
	 */
	@Transactional
	public int forget(long accountId, String currentAddress) {
		return this.emails.deleteOfAccount(accountId, currentAddress.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * The messages about an account (sent or not), whatever address they went to, and
	 * those to its current address about no account, for its owner's data archive: id,
	 * subject, status, created and sent times. Never another account's, even to an
	 * address this one had before or took over.
	 */
	@Transactional(readOnly = true)
	public List<Object[]> sentAbout(long accountId, String currentAddress) {
		return this.emails.findOfAccount(accountId, currentAddress.toLowerCase(java.util.Locale.ROOT));
	}

	/** The public address of the site, for links inside messages. */
	public String baseUrl() {
		return this.properties.baseUrl().replaceAll("/+$", "");
	}

	/**
	 * A plain message to an address that is no account's, in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(String recipient, String subject, String body) {
		store(MailMessage.plain(null, recipient, subject, body));
	}

	/**
	 * A plain message about the account (to its address, or to one it is changing to), in
	 * a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(long accountId, String recipient, String subject, String body) {
		store(MailMessage.plain(accountId, recipient, subject, body));
	}

	/**
	 * Queues the message within the caller's transaction: it is stored, and sent, only if
	 * that transaction commits, so that a caller recording what it sent (a digest's
	 * cursor) and the message itself commit together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void send(MailMessage message) {
		store(message);
	}

	private void store(MailMessage message) {
		Instant now = this.clock.instant();
		String headers = OutboundEmail.headerLines(message.headers());
		if (this.mailSender.getIfAvailable() == null) {
			this.emails.save(new OutboundEmail(message.accountId(), message.recipient(), message.subject(),
					message.text(), message.html(), headers, OutboundEmail.Status.STORED, null, now));
			log.info("No SMTP server configured; stored email to {} \"{}\":\n{}", message.recipient(),
					message.subject(), message.text());
			return;
		}
		long id = this.emails
			.save(new OutboundEmail(message.accountId(), message.recipient(), message.subject(), message.text(),
					message.html(), headers, OutboundEmail.Status.QUEUED, null, now))
			.getId();
		deliverAfterCommit(id);
	}

	/**
	 * Queues a failed message again, for a fresh series of attempts starting now.
	 * @return false if it is not a failed message whose body is still kept
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public boolean resend(long id, long adminId) {
		OutboundEmail email = this.emails.findById(id).orElseThrow(NotFoundException::new);
		if (!email.requeue(this.clock.instant())) {
			return false;
		}
		this.events.publishEvent(AuditEvent.onPlatform(adminId, AuditAction.EMAIL_RESENT, "#" + id));
		deliverAfterCommit(id);
		return true;
	}

	private void deliverAfterCommit(long id) {
		Runnable deliver = () -> this.sender.sendNow(id);
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

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<OutboundEmail> recent(String recipientContains, int page) {
		return this.emails.findByRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(
				(recipientContains != null) ? recipientContains.strip() : "", PageRequest.of(Math.max(page, 0), 25));
	}

}
