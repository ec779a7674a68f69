package org.commonground.shared.web;

import java.util.Locale;
import java.util.Map;

/** Picks the text for a language from a map of translations stored with the data. */
public final class Translations {

	private Translations() {
	}

	/** The text in the locale's language, else English, else the fallback. */
	public static String pick(Map<String, String> byLanguage, Locale locale, String fallback) {
		String text = byLanguage.get(locale.getLanguage());
		return (text != null) ? text : byLanguage.getOrDefault("en", fallback);
	}

}
