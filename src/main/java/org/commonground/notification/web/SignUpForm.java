package org.commonground.notification.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.commonground.shared.web.DottedDomain;

/**
 * A newsletter sign-up: an email address and a language (field {@code locale}); a
 * dialogue's slug when made on its page, and the stakeholder group the person gives, if
 * any.
 */
public class SignUpForm {

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@DottedDomain
	@Size(max = 254, message = "{validation.too-long}")
	private String email;

	/** The language of the emails: {@code locale}, as the HTTP contract names it. */
	@Size(max = 10, message = "{validation.too-long}")
	private String locale;

	@Size(max = 200, message = "{validation.too-long}")
	private String dialogue;

	@Size(max = 50, message = "{validation.too-long}")
	private String group;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	/**
	 * The field's former name, kept for forms of old pages ({@code language});
	 * {@code locale} wins when both are sent.
	 */
	public void setLanguage(String language) {
		if (this.locale == null || this.locale.isBlank()) {
			this.locale = language;
		}
	}

	public String getDialogue() {
		return this.dialogue;
	}

	public void setDialogue(String dialogue) {
		this.dialogue = dialogue;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

}
