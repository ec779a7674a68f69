package org.commonground.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.stereotype.Component;

/**
 * The length limits a form field has on the server, for the form fragments'
 * {@code maxlength} and {@code minlength}: a phone on a slow link learns the limit while
 * typing, not after a round trip, and a password manager makes a password that fits. The
 * server still checks. A limit is any constraint with {@code int} attributes {@code min}
 * and {@code max}: {@code @Size}, {@link TextLength}, and a module's own constraints that
 * state their limits so (such as the account module's password constraint).
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
			Map<String, Object> attributes = constraint.getAttributes();
			if (!(attributes.get("max") instanceof Integer upper)
					|| !(attributes.get("min") instanceof Integer lower)) {
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
