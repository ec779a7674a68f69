package org.commonground.shared.web;

import java.time.Instant;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash messages shown once by the layout after a redirect. The message is a key of the
 * message bundles, never user text.
 */
public final class Flash {

	public static final String SUCCESS = "flashSuccess";

	public static final String INFO = "flashInfo";

	public static final String ERROR = "flashError";

	public static final String DATE = "flashDate";

	private static final SessionFlashMapManager FLASH_MAPS = new SessionFlashMapManager();

	private Flash() {
	}

	/**
	 * For code that runs in a request but outside a controller (a listener of the login):
	 * shows an information message on the next page, the one the response redirects to.
	 * Does nothing outside a request.
	 */
	public static void infoOnNextPage(String messageKey) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getResponse() != null) {
			FlashMap flash = new FlashMap();
			flash.put(INFO, messageKey);
			FLASH_MAPS.saveOutputFlashMap(flash, attributes.getRequest(), attributes.getResponse());
		}
	}

	public static void success(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(SUCCESS, messageKey);
	}

	/** A success message that names a date ({0}), shown in the reader's zone. */
	public static void success(RedirectAttributes attributes, String messageKey, Instant date) {
		attributes.addFlashAttribute(SUCCESS, messageKey);
		attributes.addFlashAttribute(DATE, date);
	}

	public static void info(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(INFO, messageKey);
	}

	public static void error(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(ERROR, messageKey);
	}

}
