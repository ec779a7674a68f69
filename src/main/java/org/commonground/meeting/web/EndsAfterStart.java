package org.commonground.meeting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A meeting cannot end before it starts; the error shows beside the end. */
@Documented
@Constraint(validatedBy = EndsAfterStart.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface EndsAfterStart {

	String message() default "{meeting.error.ends-before-start}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EndsAfterStart, MeetingForm> {

		@Override
		public boolean isValid(MeetingForm form, ConstraintValidatorContext context) {
			if (form.getStartsAt() == null || form.getEndsAt() == null
					|| !form.getEndsAt().isBefore(form.getStartsAt())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("endsAt")
				.addConstraintViolation();
			return false;
		}

	}

}
