package org.commonground.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The comment and reply form of every commentable thing, posted to the comment module's
 * one route, {@code POST /dialogues/{slug}/comments}: {@code body}, the target
 * ({@code targetType}, {@code targetId}, and where the target has them
 * {@code targetVersion} and {@code anchor}, also accepted as {@code paragraphKey}) for a
 * new comment, or {@code parentId} for a reply (which goes where its parent is), and the
 * form token the fragments render.
 */
public class CommentForm {

	@NotBlank(message = "{comment.error.blank}")
	@Size(max = Comment.MAX_LENGTH, message = "{comment.error.long}")
	private String body;

	private Long parentId;

	@Pattern(regexp = "[A-Za-z0-9]{1,40}", message = "{form.error.token}")
	private String formToken;

	@Pattern(regexp = "(en|fr|sw|es|pt)?", message = "{comment.error.language}")
	private String language;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	@Pattern(regexp = "[A-Z_]{1,40}", message = "{comment.error.target}")
	private String targetType;

	private Long targetId;

	private Integer targetVersion;

	@Pattern(regexp = "[a-z0-9]{0,40}", message = "{comment.error.target}")
	private String anchor;

	// The version of the page a reply was written on, so that a reply added in place is
	// marked "on version n" exactly as on that page; only for showing it.
	private Integer pageVersion;

	public NewComment toNewComment() {
		return new NewComment(this.body, this.parentId, this.formToken,
				(this.language != null && !this.language.isBlank()) ? this.language : null);
	}

	/**
	 * The thing a new comment is about, or {@code null} when the form names none (a reply
	 * names its parent instead).
	 */
	public CommentTarget target() {
		if (this.targetType == null || this.targetId == null) {
			return null;
		}
		return new CommentTarget(this.targetType, this.targetId, this.anchor, this.targetVersion);
	}

	/** Names the target, for the routes that post on one thing. */
	public void setTarget(CommentTarget target) {
		this.targetType = target.type();
		this.targetId = target.id();
		this.targetVersion = target.version();
		this.anchor = target.anchor();
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

	public String getTargetType() {
		return this.targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

	public Integer getTargetVersion() {
		return this.targetVersion;
	}

	public void setTargetVersion(Integer targetVersion) {
		this.targetVersion = targetVersion;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public void setAnchor(String anchor) {
		this.anchor = (anchor == null || anchor.isBlank()) ? null : anchor;
	}

	public Integer getPageVersion() {
		return this.pageVersion;
	}

	public void setPageVersion(Integer pageVersion) {
		this.pageVersion = pageVersion;
	}

	/** The vision's published form field name for {@link #setAnchor(String) anchor}. */
	public void setParagraphKey(String paragraphKey) {
		setAnchor(paragraphKey);
	}

}
