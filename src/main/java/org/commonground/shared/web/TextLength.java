package org.commonground.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated text has {@code min} to {@code max} characters, as {@code @Size} counts
 * them, or is blank: a blank text is left to {@code @NotBlank}, so that an empty field
 * gets its one "write a …" error, not that and a length error besides.
 */
@Documented
@Constraint(validatedBy = TextLength.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLength {

	int min() default 0;

	int max() default Integer.MAX_VALUE;

	String message() default "{validation.too-long}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<TextLength, String> {

		private int min;

		private int max;

		@Override
		public void initialize(TextLength constraint) {
			this.min = constraint.min();
			this.max = constraint.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || (value.length() >= this.min && value.length() <= this.max);
		}

	}

}
