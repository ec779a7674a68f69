package org.commonground.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The annotated password must satisfy the {@link PasswordPolicy}. */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "{password.too-short}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * The policy's fewest characters, stated for the form's {@code minlength}
	 * ({@code FieldLimits}); the policy checks, whatever is set here.
	 */
	int min() default PasswordPolicy.MIN_LENGTH;

	/** The policy's most characters, stated for the form's {@code maxlength}. */
	int max() default PasswordPolicy.MAX_LENGTH;

}
