package org.commonground.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A title and text a challenge had before an edit. */
@Entity
@Table(name = "challenge_revision")
public class ChallengeRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "challenge_id")
	private Challenge challenge;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(name = "body_source", nullable = false)
	private String bodySource;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	protected ChallengeRevision() {
	}

	ChallengeRevision(Challenge challenge, String title, String bodySource, String bodyHtml, Instant writtenAt,
			Instant replacedAt) {
		this.challenge = challenge;
		this.title = title;
		this.bodySource = bodySource;
		this.bodyHtml = bodyHtml;
		this.writtenAt = writtenAt;
		this.replacedAt = replacedAt;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public Instant getReplacedAt() {
		return this.replacedAt;
	}

}
