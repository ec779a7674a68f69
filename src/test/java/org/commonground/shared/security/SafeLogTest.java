package org.commonground.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeLogTest {

	@Test
	void userInputCannotForgeLogLines() {
		assertThat(SafeLog.encode("a@b.example\n2026-01-01 INFO Login of admin"))
			.isEqualTo("\"a@b.example\\u000a2026-01-01 INFO Login of admin\"");
		assertThat(SafeLog.encode("quote\" and \\")).isEqualTo("\"quote\\\" and \\\\\"");
		assertThat(SafeLog.encode(null)).isEqualTo("null");
		assertThat(SafeLog.encode("x".repeat(500))).hasSize(203);
	}

}
