package org.commonground.meeting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A time zone region name such as {@code Africa/Dar_es_Salaam}, or {@code UTC}. */
@Documented
@Constraint(validatedBy = KnownTimeZone.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface KnownTimeZone {

	String message() default "{meeting.error.time-zone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownTimeZone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || "UTC".equals(value)
					|| ZoneId.getAvailableZoneIds().contains(value);
		}

	}

}
