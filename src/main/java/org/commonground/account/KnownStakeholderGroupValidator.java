package org.commonground.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class KnownStakeholderGroupValidator implements ConstraintValidator<KnownStakeholderGroup, String> {

	private final StakeholderGroupService groups;

	KnownStakeholderGroupValidator(StakeholderGroupService groups) {
		this.groups = groups;
	}

	@Override
	public boolean isValid(String code, ConstraintValidatorContext context) {
		return this.groups.findActive(code).isPresent();
	}

}
