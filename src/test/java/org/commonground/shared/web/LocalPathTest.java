package org.commonground.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathTest {

	@Test
	void pathsOfThisSiteAreLocal() {
		assertThat(LocalPath.isLocal("/")).isTrue();
		assertThat(LocalPath.isLocal("/dialogues/gold?page=2#comments")).isTrue();
		assertThat(LocalPath.isLocal("/dialogues/gold.v2/resources")).isTrue();
		assertThat(LocalPath.isLocal("/search?q=../..")).as("dots in the query are text").isTrue();
		assertThat(LocalPath.isLocal("/files/report...pdf")).isTrue();
	}

	@Test
	void otherHostsAndSchemesAreNot() {
		assertThat(LocalPath.isLocal(null)).isFalse();
		assertThat(LocalPath.isLocal("https://evil.example")).isFalse();
		assertThat(LocalPath.isLocal("//evil.example")).isFalse();
		assertThat(LocalPath.isLocal("/\\evil.example")).isFalse();
		assertThat(LocalPath.isLocal("/a\r\nSet-Cookie: x=y")).isFalse();
	}

	@Test
	void aPathWithDotSegmentsIsNotLocalWhateverItsSpelling() {
		assertThat(LocalPath.isLocal("/..//evil.example")).isFalse();
		assertThat(LocalPath.isLocal("/.//evil.example")).isFalse();
		assertThat(LocalPath.isLocal("/dialogues/../../etc")).isFalse();
		assertThat(LocalPath.isLocal("/dialogues/..")).isFalse();
		assertThat(LocalPath.isLocal("/%2e%2e//evil.example")).isFalse();
		assertThat(LocalPath.isLocal("/%2E.//evil.example")).isFalse();
		assertThat(LocalPath.isLocal("/..;x//evil.example")).isFalse();
		assertThat(LocalPath.orElse("/..//evil.example", "/")).isEqualTo("/");
	}

}
