package org.commonground.account.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageControllerTest {

	@Test
	void returnsOnlyToPathsOnThisSite() {
		assertThat(LanguageController.safeReturnPath("/account/profile?tab=1")).isEqualTo("/account/profile?tab=1");
		assertThat(LanguageController.safeReturnPath("https://evil.example/")).isEqualTo("/");
		assertThat(LanguageController.safeReturnPath("//evil.example/")).isEqualTo("/");
		assertThat(LanguageController.safeReturnPath("/\\evil.example")).isEqualTo("/");
		assertThat(LanguageController.safeReturnPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
		assertThat(LanguageController.safeReturnPath(null)).isEqualTo("/");
	}

}
