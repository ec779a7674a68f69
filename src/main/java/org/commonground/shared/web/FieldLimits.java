package org.commonground.shared.web;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;

/**
 * The length limits a form field has on the server ({@code @Size}, {@link TextLength}),
 * for the form fragments' {@code maxlength} and {@code minlength}: a phone on a slow link
 * learns the limit while typing, not after a round trip. The server still checks.
 */
@Component("fieldLimits")
public class FieldLimits {

	private static final Limits NONE = new Limits(null, null);

	private final Validator validator;

	private final Map<String, Limits> known = new ConcurrentHashMap<>();

	FieldLimits(Validator validator) {
		this.validator = validator;
	}

	/** The most characters the field takes, or {@code null} where it has no limit. */
	public Integer max(Object form, String field) {
		return limits(form, field).max();
	}

	/** The fewest characters a filled field needs, or {@code null} where any will do. */
	public Integer min(Object form, String field) {
		return limits(form, field).min();
	}

	private Limits limits(Object form, String field) {
		if (form == null || field == null) {
			return NONE;
		}
		Class<?> type = form.getClass();
		return this.known.computeIfAbsent(type.getName() + "#" + field, (key) -> read(type, field));
	}

	private Limits read(Class<?> type, String field) {
		PropertyDescriptor property;
		try {
			property = this.validator.getConstraintsForClass(type).getConstraintsForProperty(field);
		}
		catch (IllegalArgumentException ex) {
			// A path such as "labels[en]" names no property of its own.
			return NONE;
		}
		if (property == null) {
			return NONE;
		}
		Integer max = null;
		Integer min = null;
		for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
			Annotation annotation = constraint.getAnnotation();
			int upper;
			int lower;
			if (annotation instanceof Size size) {
				upper = size.max();
				lower = size.min();
			}
			else if (annotation instanceof TextLength length) {
				upper = length.max();
				lower = length.min();
			}
			else {
				continue;
			}
			if (upper != Integer.MAX_VALUE) {
				max = (max == null) ? upper : Math.min(max, upper);
			}
			if (lower > 0) {
				min = (min == null) ? lower : Math.max(min, lower);
			}
		}
		return new Limits(max, min);
	}

	private record Limits(Integer max, Integer min) {
	}

}
