package org.commonground.moderation.web;

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
 * A review decision says restore or keep; the error shows above the decision's form, as
 * it concerns its two buttons.
 */
@Documented
@Constraint(validatedBy = DecisionChosen.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DecisionChosen {

	String message() default "{moderation.error.decision}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DecisionChosen, ReviewDecisionForm> {

		@Override
		public boolean isValid(ReviewDecisionForm form, ConstraintValidatorContext context) {
			return ReviewDecisionForm.RESTORE.equals(form.getDecision())
					|| ReviewDecisionForm.KEEP.equals(form.getDecision());
		}

	}

}
