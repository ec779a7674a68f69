package org.commonground.sms.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The phone number an admin looks up, to answer its owner's request about their data. */
class PhoneLookupForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 40, message = "{sms.admin.people.phone-invalid}")
	private String phone;

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
