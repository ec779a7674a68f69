package org.commonground.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** One choice of a select list: the submitted value and the label shown. */
public record Option(String value, String label) {

	/**
	 * A retired theme or group that the thing being edited (or the member) already has:
	 * offered to keep it, its label marked "(retired)".
	 */
	public static Option retired(String value, String label, MessageSource messages, Locale locale) {
		return new Option(value, messages.getMessage("form.option.retired", new Object[] { label }, locale));
	}

}
