package org.commonground.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A page number in a request parameter: 0 to {@value #MAX}. Spring MVC validates it when
 * binding, so a negative or huge page answers 400 instead of reaching the database as an
 * overflowing offset.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(PageNumber.MAX)
@ReportAsSingleViolation
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

	/** The highest page number accepted. */
	int MAX = 100_000;

	String message() default "page out of range";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
