package org.commonground.sms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

	@TempDir
	Path data;

	@Test
	void numbersAreHashedForLookupAndEncryptedForRepliesWithKeysKeptInTheDataDirectory() throws Exception {
		Path keys = this.data.resolve("sms-keys.properties");
		PhoneNumbers phones = new PhoneNumbers(properties(keys));
		String cipher = phones.encrypt("+255 700-000 001");
		assertThat(cipher).doesNotContain("255700000001");
		assertThat(phones.encrypt("+255700000001")).isNotEqualTo(cipher);
		assertThat(phones.decrypt(cipher)).isEqualTo("+255700000001");
		assertThat(phones.hash("+255 700 000 001")).isEqualTo(phones.hash("+255700000001")).hasSize(64);
		assertThat(Files.readString(keys)).contains("hash-key=", "encryption-key=").doesNotContain("255700000001");

		PhoneNumbers restarted = new PhoneNumbers(properties(keys));
		assertThat(restarted.decrypt(cipher)).isEqualTo("+255700000001");
		assertThat(restarted.hash("+255700000001")).isEqualTo(phones.hash("+255700000001"));

		PhoneNumbers other = new PhoneNumbers(properties(this.data.resolve("other.properties")));
		assertThat(other.hash("+255700000001")).isNotEqualTo(phones.hash("+255700000001"));
	}

	private static SmsProperties properties(Path keyFile) {
		return new SmsProperties("fake", null, null, null, null, keyFile, null,
				new SmsProperties.Limit(20, Duration.ofHours(1)), 500, Duration.ofSeconds(30), null);
	}

	@Test
	void anAdminsLookupTriesTheInternationalSpelling() {
		assertThat(SmsAdministration.spellings("+255 754 100 201")).containsExactly("+255754100201");
		assertThat(SmsAdministration.spellings("00255 754 100 201")).containsExactly("00255754100201", "+255754100201");
		assertThat(SmsAdministration.spellings("255-754-100-201")).containsExactly("255754100201", "+255754100201");
		assertThatThrownBy(() -> SmsAdministration.spellings("0754 abc")).isInstanceOf(SmsRuleException.class);
	}

}
