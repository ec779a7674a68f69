package org.commonground.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commonground.account.AcceptablePassword;
import org.commonground.account.KnownStakeholderGroup;
import org.commonground.account.Registration;
import org.commonground.shared.web.DottedDomain;
import org.commonground.shared.web.KnownCountry;

/** The registration form; field names follow the HTTP contract. */
class RegisterForm {

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@DottedDomain
	@Size(max = 254, message = "{validation.too-long}")
	private String email;

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.too-long}")
	private String displayName;

	@AcceptablePassword
	private String password;

	@KnownStakeholderGroup
	private String stakeholderGroup;

	@Size(max = 120, message = "{validation.too-long}")
	private String organisation;

	@KnownCountry
	private String country;

	@Pattern(regexp = "en|fr|sw|es|pt", message = "{validation.language}")
	private String locale = "en";

	Registration toRegistration() {
		return new Registration(this.email, this.displayName, this.password, this.stakeholderGroup, this.organisation,
				this.country, this.locale);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getStakeholderGroup() {
		return this.stakeholderGroup;
	}

	public void setStakeholderGroup(String stakeholderGroup) {
		this.stakeholderGroup = stakeholderGroup;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
