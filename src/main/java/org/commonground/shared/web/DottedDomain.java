package org.commonground.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * An email address whose domain has a dot ({@code juma@example} reaches nobody, though
 * {@code @Email} takes it): beside {@code @Email}, which judges the rest, so a text
 * without one {@code @} gets that error alone.
 */
@Documented
@Pattern(regexp = "[^@]*|.*@.*@.*|[^@]*@[^@]*\\.[^@]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DottedDomain {

	String message() default "{validation.email.domain}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
