package org.commonground.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commonground.shared.persistence.TextRevision;

/** A title and text a challenge had before an edit. */
@Entity
@Table(name = "challenge_revision")
public class ChallengeRevision extends TextRevision {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "challenge_id")
	private Challenge challenge;

	@Column(nullable = false, length = 150)
	private String title;

	protected ChallengeRevision() {
	}

	ChallengeRevision(Challenge challenge, String title, String bodySource, String bodyHtml, Instant writtenAt,
			Instant replacedAt) {
		super(bodySource, bodyHtml, writtenAt, replacedAt);
		this.challenge = challenge;
		this.title = title;
	}

	public String getTitle() {
		return this.title;
	}

}
