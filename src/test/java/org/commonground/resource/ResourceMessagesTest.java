package org.commonground.resource;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's texts that depend on a number or name what a field really takes. */
class ResourceMessagesTest {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void theCountLeftToTranslateAgreesWithItsNumber() {
		assertThat(text("resource.translation.todo.count", "fr", "Kiswahili", 1))
			.isEqualTo("Kiswahili\u00a0: 1 ressource pas encore traduite");
		assertThat(text("resource.translation.todo.count", "fr", "Kiswahili", 5))
			.isEqualTo("Kiswahili\u00a0: 5 ressources pas encore traduites");
		assertThat(text("resource.translation.todo.count", "sw", "Kifaransa", 1))
			.isEqualTo("Kifaransa: rasilimali 1 bado haijatafsiriwa");
		assertThat(text("resource.translation.todo.count", "sw", "Kifaransa", 5))
			.isEqualTo("Kifaransa: rasilimali 5 bado hazijatafsiriwa");
	}

	@Test
	void theEvidenceKeyNamesTheChallengeAndMeetingNumberAndTheVisionParagraphKey() {
		assertThat(text("resource.link.key", "en")).isEqualTo("Challenge or meeting number, or vision paragraph key");
		assertThat(text("resource.link.key", "fr")).contains("difficulté").contains("réunion").contains("vision");
		assertThat(text("resource.link.key", "sw")).contains("changamoto").contains("mkutano").contains("dira");
		assertThat(text("resource.link.key", "es")).contains("desafío").contains("reunión").contains("visión");
		assertThat(text("resource.link.key", "pt")).contains("desafio").contains("reunião").contains("visão");
	}

	private String text(String key, String language, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/resource");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
