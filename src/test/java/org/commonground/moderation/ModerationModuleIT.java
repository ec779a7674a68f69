package org.commonground.moderation;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moderation module boots without the contributions it moderates: it knows them only
 * through the {@link ModeratedContent} their modules implement.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ModerationModuleIT extends ModuleTest {

	@Test
	void bootsWithoutCommentsOrChallenges() {
		assertBootsOnlyWhatItMayUse("moderation");
		assertThat(bootedModules()).doesNotContain("comment", "challenge", "vision");
		assertThat(this.context.getBeansOfType(ModeratedContent.class)).isEmpty();
	}

}
