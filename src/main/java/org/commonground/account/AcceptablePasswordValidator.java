package org.commonground.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

	private final PasswordPolicy policy;

	AcceptablePasswordValidator(PasswordPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean isValid(String password, ConstraintValidatorContext context) {
		return this.policy.check(password).map((violation) -> {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + violation.messageKey() + "}").addConstraintViolation();
			return false;
		}).orElse(true);
	}

}
