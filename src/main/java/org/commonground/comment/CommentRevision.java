package org.commonground.comment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commonground.shared.persistence.TextRevision;

/** A text a comment had before an edit. */
@Entity
@Table(name = "comment_revision")
public class CommentRevision extends TextRevision {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "comment_id")
	private Comment comment;

	protected CommentRevision() {
	}

	CommentRevision(Comment comment, String bodySource, String bodyHtml, Instant writtenAt, Instant replacedAt) {
		super(bodySource, bodyHtml, writtenAt, replacedAt);
		this.comment = comment;
	}

}
