package org.commonground.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flash messages shown once by the layout after a redirect. The message is a key of the
 * message bundles, never user text.
 */
public final class Flash {

	public static final String SUCCESS = "flashSuccess";

	public static final String INFO = "flashInfo";

	public static final String ERROR = "flashError";

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(SUCCESS, messageKey);
	}

	public static void info(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(INFO, messageKey);
	}

	public static void error(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(ERROR, messageKey);
	}

}
