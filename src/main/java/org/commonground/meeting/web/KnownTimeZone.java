package org.commonground.meeting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.List;

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

		/** The region names, sorted, offered beside the field (a datalist). */
		static final List<String> IDS = ZoneId.getAvailableZoneIds()
			.stream()
			.filter((id) -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
			.sorted()
			.toList();

		/**
		 * The canonical spelling of a zone typed in any case ({@code america/lima} is
		 * {@code America/Lima}), or the value as it is when there is none.
		 */
		static String canonical(String value) {
			if (value == null || value.isBlank()) {
				return value;
			}
			if ("UTC".equalsIgnoreCase(value)) {
				return "UTC";
			}
			return ZoneId.getAvailableZoneIds()
				.stream()
				.filter((id) -> id.equalsIgnoreCase(value))
				.findFirst()
				.orElse(value);
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || "UTC".equals(value)
					|| ZoneId.getAvailableZoneIds().contains(canonical(value));
		}

	}

}
