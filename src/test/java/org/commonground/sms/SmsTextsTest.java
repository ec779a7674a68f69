package org.commonground.sms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS messages themselves: in the GSM alphabet where the language allows (English,
 * Kiswahili, French: one character outside it makes the whole message UCS-2, less than
 * half as long per segment), and the joining exchange short in every language.
 */
class SmsTextsTest {

	private static final List<String> GSM_LANGUAGES = List.of("en", "sw", "fr");

	@ParameterizedTest
	@ValueSource(strings = { "en", "sw", "fr", "es", "pt" })
	void smsTextsStayShort(String language) throws IOException {
		Properties texts = texts(language);
		for (String key : texts.stringPropertyNames()) {
			if (!key.startsWith("sms.text.") && !key.startsWith("sms.disposition.")) {
				continue;
			}
			String text = format(texts.getProperty(key), "Geita", "JOIN GEITA");
			if (GSM_LANGUAGES.contains(language)) {
				assertThat(SmsSegments.of(text).unicode()).as(language + " " + key + ": " + text).isFalse();
			}
			boolean gsm = GSM_LANGUAGES.contains(language);
			boolean longer = key.equals("sms.text.consent") || key.equals("sms.text.group")
					|| key.equals("sms.text.help");
			// "Not understood" is one segment in every language; Spanish and Portuguese,
			// in UCS-2, get 70 characters a segment.
			int most = key.startsWith("sms.text.not-understood.") ? 1 : gsm ? (longer ? 2 : 1) : (longer ? 3 : 2);
			assertThat(SmsSegments.of(text).count()).as(language + " " + key + ": " + text).isLessThanOrEqualTo(most);
		}
		// The list of ten groups fits in two segments (four in UCS-2).
		String list = "1 Artisanal miner; 2 Buyer, trader or refiner; 3 Local government; 4 Civil society; "
				+ "5 Community; 6 Health worker; 7 Environment; 8 Women's group; 9 Youth; 10 Other";
		assertThat(SmsSegments.of(format(texts.getProperty("sms.text.group"), "Geita mining dialogue", list)).count())
			.isLessThanOrEqualTo(GSM_LANGUAGES.contains(language) ? 2 : 4);
	}

	@org.junit.jupiter.api.Test
	void theSwahiliQuestionHintSaysAtMost200Characters() throws IOException {
		assertThat(texts("sw").getProperty("sms.question.text.hint"))
			.startsWith("Fupi na wazi (isiyozidi herufi 200).");
	}

	private static String format(String pattern, Object... args) {
		return pattern.contains("{0}") ? new MessageFormat(pattern, Locale.ROOT).format(args) : pattern;
	}

	private static Properties texts(String language) throws IOException {
		String name = "/messages/sms" + (language.equals("en") ? "" : "_" + language) + ".properties";
		Properties properties = new Properties();
		try (InputStream in = SmsTextsTest.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
