package org.commonground.mail;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends plain-text email. With an SMTP server ({@code spring.mail.host}) the message is
 * sent and recorded without its body; without one it is stored whole and logged, and
 * admins read it on the outbound-email page.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	static final String BODY_NOT_KEPT = "(sent by SMTP; the body is not kept)";

	private final OutboundEmailRepository emails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final Clock clock;

	MailService(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
			Clock clock) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
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
		try {
			sender.send(message);
			this.emails
				.save(new OutboundEmail(recipient, subject, BODY_NOT_KEPT, OutboundEmail.Status.SENT, null, now));
		}
		catch (MailException ex) {
			log.warn("Could not send email to {}: {}", recipient, ex.getMessage());
			String error = String.valueOf(ex.getMessage());
			this.emails.save(new OutboundEmail(recipient, subject, BODY_NOT_KEPT, OutboundEmail.Status.FAILED,
					error.substring(0, Math.min(500, error.length())), now));
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<OutboundEmail> recent(String recipientContains, int page) {
		return this.emails.findByRecipientContainingIgnoreCaseOrderByCreatedAtDescIdDesc(
				(recipientContains != null) ? recipientContains.strip() : "", PageRequest.of(Math.max(page, 0), 25));
	}

}
