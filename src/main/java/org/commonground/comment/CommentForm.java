package org.commonground.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The comment and reply form, bound by every module's route that posts comments
 * ({@code body}, optional {@code parentId}, and the form token the fragments render).
 */
public class CommentForm {

	@NotBlank(message = "{comment.error.blank}")
	@Size(max = Comment.MAX_LENGTH, message = "{comment.error.long}")
	private String body;

	private Long parentId;

	@Pattern(regexp = "[A-Za-z0-9]{1,40}", message = "{form.error.token}")
	private String formToken;

	public NewComment toNewComment() {
		return new NewComment(this.body, this.parentId, this.formToken);
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
