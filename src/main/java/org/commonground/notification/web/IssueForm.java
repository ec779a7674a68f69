package org.commonground.notification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commonground.notification.NewsletterEditor;
import org.commonground.notification.NewsletterIssue;

/**
 * A newsletter issue being written: subject, Markdown body, its language and the
 * stakeholder group it is for (blank: everyone).
 */
public class IssueForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	@Pattern(regexp = "[^\\r\\n\\u0085\\u2028\\u2029]*", message = "{newsletter.issue.error.subject-line}")
	private String subject;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50000, message = "{validation.too-long}")
	private String body;

	@Size(max = 10, message = "{validation.too-long}")
	private String language;

	@Size(max = 50, message = "{validation.too-long}")
	private String group;

	static IssueForm of(NewsletterIssue issue, String groupCode) {
		IssueForm form = new IssueForm();
		form.subject = issue.subject();
		form.body = issue.bodySource();
		form.language = issue.language();
		form.group = groupCode;
		return form;
	}

	NewsletterEditor.Draft draft() {
		return new NewsletterEditor.Draft(this.subject, this.body, this.language, this.group);
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

}
