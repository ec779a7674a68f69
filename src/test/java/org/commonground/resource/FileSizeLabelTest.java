package org.commonground.resource;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The largest size allowed, in the error's language: its units and decimal sign. */
class FileSizeLabelTest {

	private static final long MB = 1024L * 1024L;

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/resource");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private String tooLarge(long bytes, Locale locale) {
		return this.messages.getMessage("resource.error.too-large", new Object[] { FileIntake.sizeLabel(bytes) },
				locale);
	}

	@Test
	void frenchSaysMoAndKoWithADecimalComma() {
		assertThat(tooLarge(3 * MB / 2, Locale.FRENCH)).contains("1,5\u00a0Mo").doesNotContain("MB");
		assertThat(tooLarge(300 * 1024, Locale.FRENCH)).contains("300\u00a0Ko");
		assertThat(tooLarge(20 * MB, Locale.FRENCH)).contains("20\u00a0Mo");
	}

	@Test
	void englishKeepsMbAndKbWithADecimalPoint() {
		assertThat(tooLarge(3 * MB / 2, Locale.ENGLISH)).contains("1.5 MB");
		assertThat(tooLarge(20 * MB, Locale.ENGLISH)).contains("20 MB");
		assertThat(tooLarge(300 * 1024, Locale.ENGLISH)).contains("300 KB");
		assertThat(tooLarge(3 * MB / 2, Locale.forLanguageTag("pt"))).contains("1,5 MB");
	}

}
