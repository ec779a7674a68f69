package org.commonground.comment;

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

/** A text a comment had before an edit, with when it was written and replaced. */
@Entity
@Table(name = "comment_revision")
public class CommentRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "comment_id")
	private Comment comment;

	@Column(name = "body_source", nullable = false)
	private String bodySource;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	protected CommentRevision() {
	}

	CommentRevision(Comment comment, String bodySource, String bodyHtml, Instant writtenAt, Instant replacedAt) {
		this.comment = comment;
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

	public Instant getReplacedAt() {
		return this.replacedAt;
	}

}
