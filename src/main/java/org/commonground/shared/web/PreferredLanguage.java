package org.commonground.shared.web;

/**
 * Implemented by a signed-in principal that carries the person's chosen interface
 * language, which wins over the language cookie and the browser's Accept-Language.
 */
public interface PreferredLanguage {

	/** A code of {@link SupportedLanguages#CODES}. */
	String preferredLanguage();

}
