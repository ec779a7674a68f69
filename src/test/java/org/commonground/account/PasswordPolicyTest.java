package org.commonground.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shipsTheTenThousandMostCommonPasswords() {
		assertThat(this.policy.commonPasswordCount()).isBetween(9_900, 10_001);
	}

	@Test
	void refusesShortLongAndCommonPasswords() {
		assertThat(this.policy.check("password")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check("")).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check(null)).contains(PasswordPolicy.Violation.TOO_SHORT);
		assertThat(this.policy.check("x".repeat(129))).contains(PasswordPolicy.Violation.TOO_LONG);
		assertThat(this.policy.check("unbelievable")).contains(PasswordPolicy.Violation.TOO_COMMON);
		assertThat(this.policy.check("UnBelievable")).contains(PasswordPolicy.Violation.TOO_COMMON);
	}

	@Test
	void acceptsAnyLongUncommonPasswordWithoutCompositionRules() {
		assertThat(this.policy.check("dhahabu safi ya geita")).isEmpty();
		assertThat(this.policy.check("alllowercaseletters")).isEmpty();
		assertThat(this.policy.check("x".repeat(128))).isEmpty();
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.check("ñandú👍ñandú👍ab")).isEmpty();
		assertThat(this.policy.check("👍👍👍👍👍👍👍👍👍👍👍")).contains(PasswordPolicy.Violation.TOO_SHORT);
	}

}
