package org.commonground.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shipsAtLeastThreeThousandCommonPasswordsThatSatisfyTheLengthRule() throws IOException {
		List<String> entries = listEntries("security/common-passwords.txt");
		assertThat(entries).hasSizeGreaterThanOrEqualTo(3_000)
			.allSatisfy((entry) -> assertThat(entry.codePointCount(0, entry.length())).isBetween(12, 128));
		assertThat(this.policy.commonPasswordCount()).isEqualTo(entries.size());
	}

	@Test
	void refusesShortLongAndCommonPasswords() {
		assertThat(this.policy.check("password")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check("")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check(null)).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check("x".repeat(129))).contains(PasswordPolicy.Violation.TOO_LONG);
		assertThat(this.policy.check("unbelievable")).contains(PasswordPolicy.Violation.TOO_COMMON);
		assertThat(this.policy.check("UnBelievable")).contains(PasswordPolicy.Violation.TOO_COMMON);
		assertThat(this.policy.check("qwerty123456")).contains(PasswordPolicy.Violation.SEQUENCE);
	}

	@Test
	void refusesACommonPasswordJoinedToASequence() {
		assertThat(this.policy.check("password123456")).contains(PasswordPolicy.Violation.TOO_COMMON);
		assertThat(this.policy.check("123456Password")).contains(PasswordPolicy.Violation.TOO_COMMON);
		assertThat(this.policy.check("iloveyou11111")).contains(PasswordPolicy.Violation.TOO_COMMON);
		assertThat(this.policy.check("abc123abc123abc123")).contains(PasswordPolicy.Violation.TOO_COMMON);
	}

	@Test
	void refusesRunsOfOneCharacterAndObviousSequences() {
		assertThat(this.policy.check("aaaaaaaaaaaaaaa")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("x".repeat(128))).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("👍👍👍👍👍👍👍👍👍👍👍👍")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("1234567890123")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("abcdefghijklmn")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("ABCDEFGHIJKLMN")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("qwertyuiopasdf")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("zyxwvutsrqponm")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("9876543210987")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("abcdefg1234567")).contains(PasswordPolicy.Violation.SEQUENCE);
		assertThat(this.policy.check("abababababababab")).contains(PasswordPolicy.Violation.SEQUENCE);
	}

	@Test
	void refusesThePersonsOwnEmailOrName() {
		String email = "Neema.Masanja@example.org";
		String name = "Neema Joseph Masanja";
		assertThat(this.policy.check("neema.masanja@example.org", email, name))
			.contains(PasswordPolicy.Violation.PERSONAL);
		assertThat(this.policy.check("neemajosephmasanja", email, name)).contains(PasswordPolicy.Violation.PERSONAL);
		assertThat(this.policy.check("Neema Joseph Masanja", email, name)).contains(PasswordPolicy.Violation.PERSONAL);
		assertThat(this.policy.check("neema.masanja2024", email, name)).contains(PasswordPolicy.Violation.PERSONAL);
		assertThat(this.policy.check("dhahabu safi ya geita", email, name)).isEmpty();
	}

	@Test
	void acceptsAnyLongUncommonPasswordWithoutCompositionRules() {
		assertThat(this.policy.check("dhahabu safi ya geita")).isEmpty();
		assertThat(this.policy.check("alllowercaseletters")).isEmpty();
		assertThat(this.policy.check("correct horse battery staple")).isEmpty();
		assertThat(this.policy.check("maji ya ziwa victoria ni baridi".repeat(4))).isEmpty();
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.check("ñandú👍ñandú👍ab")).isEmpty();
		assertThat(this.policy.check("👍👍👍👍👍👍👍👍👍👍👍")).contains(PasswordPolicy.Violation.TOO_SHORT);
	}

	private static List<String> listEntries(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			int first = 0;
			while (first < lines.size() && lines.get(first).startsWith("#")) {
				first++;
			}
			return lines.subList(first, lines.size()).stream().filter((line) -> !line.isEmpty()).toList();
		}
	}

}
