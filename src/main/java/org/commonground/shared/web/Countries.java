package org.commonground.shared.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166 country codes with their names in the reader's language. */
public final class Countries {

	private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private Countries() {
	}

	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	/** Every country, sorted by its name in the given language. */
	public static List<Option> options(Locale locale) {
		Locale formatting = SupportedLanguages.forFormatting(locale);
		Collator collator = Collator.getInstance(formatting);
		return CODES.stream()
			.map((code) -> new Option(code, name(code, formatting)))
			.sorted(Comparator.comparing(Option::label, collator))
			.toList();
	}

	/** A country's name in the given language ("Quénia" in Portuguese). */
	public static String name(String code, Locale locale) {
		return (code != null) ? new Locale.Builder().setRegion(code)
			.build()
			.getDisplayCountry(SupportedLanguages.forFormatting(locale)) : "";
	}

}
