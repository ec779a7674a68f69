package org.commonground.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The annotated code must name an active stakeholder group. */
@Documented
@Constraint(validatedBy = KnownStakeholderGroupValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownStakeholderGroup {

	String message() default "{account.stakeholder-group.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
