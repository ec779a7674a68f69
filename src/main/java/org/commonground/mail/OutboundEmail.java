package org.commonground.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message the platform sent, or stored because no mail server is configured. A message
 * for the SMTP server is kept whole until the server accepts it; then its body is
 * cleared, since it may carry a confirmation or password-reset link.
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

	/** A link's token: after {@code token=} up to the end of the address. */
	private static final java.util.regex.Pattern LINK_SECRET = java.util.regex.Pattern
		.compile("(?<=[?&]token=)[^\\s&#\"<>]+");

	/** What became of the message. */
	public enum Status {

		/** No SMTP server is configured: the message is kept here only. */
		STORED,
		/** Waiting to be handed to the SMTP server, at {@code nextAttemptAt}. */
		QUEUED,
		/** Handed to the SMTP server; the body is cleared. */
		SENT,
		/** The SMTP server refused it at every attempt; an admin may send it again. */
		FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 254)
	private String recipient;

	/**
	 * The account the message is about, or {@code null} for an address that is none's.
	 */
	@Column(name = "account_id")
	private Long accountId;

	@Column(nullable = false, length = 200)
	private String subject;

	private String body;

	@Column(name = "html_body")
	private String htmlBody;

	/** Extra headers, one {@code Name: value} per line. */
	private String headers;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	@Column(length = 500)
	private String error;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected OutboundEmail() {
	}

	OutboundEmail(String recipient, String subject, String body, Status status, String error, Instant createdAt) {
		this(null, recipient, subject, body, null, null, status, error, createdAt);
	}

	OutboundEmail(Long accountId, String recipient, String subject, String body, String htmlBody, String headers,
			Status status, String error, Instant createdAt) {
		this.accountId = accountId;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.htmlBody = htmlBody;
		this.headers = headers;
		this.status = status;
		this.error = error;
		this.createdAt = createdAt;
		this.nextAttemptAt = (status == Status.QUEUED) ? createdAt : null;
	}

	/**
	 * The SMTP server accepted it: the body, which may hold a link with a token, goes.
	 */
	void sent(Instant now) {
		this.attempts++;
		this.status = Status.SENT;
		this.sentAt = now;
		this.nextAttemptAt = null;
		this.error = null;
		this.body = null;
		this.htmlBody = null;
		this.headers = null;
	}

	/**
	 * The SMTP server could not take it: try again after {@code backoff} doubled for each
	 * earlier attempt (at most {@code maxBackoff}), or give up after {@code maxAttempts}.
	 */
	void attemptFailed(Instant now, String error, Duration backoff, Duration maxBackoff, int maxAttempts) {
		this.attempts++;
		this.error = (error.length() > 500) ? error.substring(0, 500) : error;
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
			this.nextAttemptAt = null;
			return;
		}
		Duration delay = backoff.multipliedBy(1L << Math.min(this.attempts - 1, 30));
		this.nextAttemptAt = now.plus((delay.compareTo(maxBackoff) > 0) ? maxBackoff : delay);
	}

	/** An admin asks to send a failed message again: a fresh series of attempts, now. */
	boolean requeue(Instant now) {
		if (this.status != Status.FAILED || this.body == null) {
			return false;
		}
		this.status = Status.QUEUED;
		this.attempts = 0;
		this.nextAttemptAt = now;
		return true;
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	/** The account the message is about, or {@code null}. */
	public Long getAccountId() {
		return this.accountId;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	/**
	 * The body as admins see it. Where a mail server delivers it, the secret of every
	 * link that carries one (a password reset, a confirmation, an unsubscribe link) is
	 * replaced by "…", so that the page lets no admin act as the recipient; a message
	 * kept here because there is no mail server is shown whole, since the admin is then
	 * the one who hands its link over (docs/admin-guide.md). {@code null} once the body
	 * is cleared.
	 */
	public String getShownBody() {
		if (this.body == null || this.status == Status.STORED) {
			return this.body;
		}
		return LINK_SECRET.matcher(this.body).replaceAll("…");
	}

	/** Whether {@link #getShownBody} leaves the links' secrets out. */
	public boolean isMasked() {
		return this.status != Status.STORED;
	}

	/** The HTML alternative, or {@code null}. */
	public String getHtmlBody() {
		return this.htmlBody;
	}

	/** The extra headers, in order. */
	public java.util.Map<String, String> getHeaders() {
		java.util.Map<String, String> parsed = new java.util.LinkedHashMap<>();
		if (this.headers != null) {
			for (String line : this.headers.split("\n")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					parsed.put(line.substring(0, colon), line.substring(colon + 1).strip());
				}
			}
		}
		return parsed;
	}

	static String headerLines(java.util.Map<String, String> headers) {
		if (headers.isEmpty()) {
			return null;
		}
		StringBuilder lines = new StringBuilder();
		headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
		return lines.toString();
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

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	/** A failed message whose body is still here can be sent again. */
	public boolean isResendable() {
		return this.status == Status.FAILED && this.body != null;
	}

}
