package org.commonground.dialogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A dialogue cannot end before it starts; the error shows beside the end date. */
@Documented
@Constraint(validatedBy = DatesInOrder.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DatesInOrder {

	String message() default "{dialogue.error.dates}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DatesInOrder, DialogueForm> {

		@Override
		public boolean isValid(DialogueForm form, ConstraintValidatorContext context) {
			if (form.getStartDate() == null || form.getEndDate() == null
					|| !form.getEndDate().isBefore(form.getStartDate())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("endDate")
				.addConstraintViolation();
			return false;
		}

	}

}
