package org.commonground.comment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commonground.comment.Comment;

/** Editing one's own comment. */
public class CommentEditForm {

	@NotBlank(message = "{comment.error.blank}")
	@Size(max = Comment.MAX_LENGTH, message = "{comment.error.long}")
	private String body;

	private long version;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
