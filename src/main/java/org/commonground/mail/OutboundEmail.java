package org.commonground.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message the platform sent, or stored because no mail server is configured. */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

	/** What became of the message. */
	public enum Status {

		/** No SMTP server is configured: the message is kept here only. */
		STORED,
		/**
		 * Waiting to be handed to the SMTP server in the background; the body is not
		 * kept.
		 */
		QUEUED,
		/** Handed to the SMTP server; the body is not kept. */
		SENT,
		/** The SMTP server refused it. */
		FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 254)
	private String recipient;

	@Column(nullable = false, length = 200)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	@Column(length = 500)
	private String error;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected OutboundEmail() {
	}

	OutboundEmail(String recipient, String subject, String body, Status status, String error, Instant createdAt) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.status = status;
		this.error = error;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getError() {
		return this.error;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
