package org.commonground.sms.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A dialogue's SMS code and monthly budget. */
public class SmsSettingsForm {

	@NotNull(message = "{sms.error.code}")
	@Pattern(regexp = "\\s*[A-Za-z0-9]{2,12}\\s*", message = "{sms.error.code}")
	private String code;

	@NotNull(message = "{sms.error.budget}")
	@Min(value = 0, message = "{sms.error.budget}")
	@Max(value = 1_000_000, message = "{sms.error.budget}")
	private Integer monthlyBudget;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Integer getMonthlyBudget() {
		return this.monthlyBudget;
	}

	public void setMonthlyBudget(Integer monthlyBudget) {
		this.monthlyBudget = monthlyBudget;
	}

}
