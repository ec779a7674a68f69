package org.commonground.shared.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A text something had before an edit (a challenge, a comment): its Markdown source, the
 * sanitized HTML rendered from it, when it was written and when it was replaced. Edits
 * keep these so that anyone who can read the thing can read what it said before.
 */
@MappedSuperclass
public abstract class TextRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "body_source", nullable = false)
	private String bodySource;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	protected TextRevision() {
	}

	protected TextRevision(String bodySource, String bodyHtml, Instant writtenAt, Instant replacedAt) {
		this.bodySource = bodySource;
		this.bodyHtml = bodyHtml;
		this.writtenAt = writtenAt;
		this.replacedAt = replacedAt;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
