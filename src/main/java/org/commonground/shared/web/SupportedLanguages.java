package org.commonground.shared.web;

import java.util.List;
import java.util.Locale;

/** The five languages of the interface; English is the fallback. */
public final class SupportedLanguages {

	public static final List<String> CODES = List.of("en", "fr", "sw", "es", "pt");

	public static final Locale DEFAULT = Locale.ENGLISH;

	private SupportedLanguages() {
	}

	public static boolean isSupported(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * The language a contribution is written in: the one chosen, else the author's
	 * preferred one, else English.
	 */
	public static String choose(String chosen, String preferred) {
		if (isSupported(chosen)) {
			return chosen;
		}
		return isSupported(preferred) ? preferred : DEFAULT.getLanguage();
	}

	/** The supported locale for a language code, or {@code null}. */
	public static Locale toLocale(String code) {
		return isSupported(code) ? Locale.forLanguageTag(code) : null;
	}

	/** European Portuguese: what the interface's {@code pt} is written in. */
	private static final Locale EUROPEAN_PORTUGUESE = Locale.forLanguageTag("pt-PT");

	/**
	 * The locale to format dates, time zones and country names with for a reader of this
	 * locale: the interface's bare {@code pt} is European Portuguese, which the JDK reads
	 * as Brazilian ("Quênia", "Horário da África Oriental"), so it becomes {@code pt-PT}
	 * ("Quénia", "Hora da África Oriental"). Messages and language codes keep {@code pt}.
	 */
	public static Locale forFormatting(Locale locale) {
		if (locale != null && "pt".equals(locale.getLanguage()) && locale.getCountry().isEmpty()) {
			return EUROPEAN_PORTUGUESE;
		}
		return locale;
	}

	/** The name of each language in that language, for the switcher. */
	public static String nativeName(String code) {
		Locale locale = forFormatting(Locale.forLanguageTag(code));
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
