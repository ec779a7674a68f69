package org.commonground.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commonground.account.Account;
import org.commonground.account.ProfileUpdate;
import org.commonground.shared.web.KnownCountry;

/** The editable part of a profile. The email is the login name and is not edited here. */
class ProfileForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.too-long}")
	private String displayName;

	// Checked by ProfileController: an active group, or the member's own retired one.
	private String stakeholderGroup;

	@Size(max = 120, message = "{validation.too-long}")
	private String organisation;

	@KnownCountry
	private String country;

	@Size(max = 80, message = "{validation.too-long}")
	private String region;

	@Pattern(regexp = "en|fr|sw|es|pt", message = "{validation.language}")
	private String locale;

	static ProfileForm of(Account account) {
		ProfileForm form = new ProfileForm();
		form.displayName = account.getDisplayName();
		form.stakeholderGroup = account.getStakeholderGroup().getCode();
		form.organisation = account.getOrganisation();
		form.country = account.getCountry();
		form.region = account.getRegion();
		form.locale = account.getLocale();
		return form;
	}

	ProfileUpdate toUpdate() {
		return new ProfileUpdate(this.displayName, this.stakeholderGroup, this.organisation, this.country, this.region,
				this.locale);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
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

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
