package org.commonground.vision;

import org.commonground.comment.CommentTargets;
import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The vision module boots with comments, without challenges. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class VisionModuleIT extends ModuleTest {

	@Test
	void bootsWithCommentsButWithoutChallenges() {
		assertBootsOnlyWhatItMayUse("vision");
		assertThat(bootedModules()).doesNotContain("challenge", "export", "admin");
		assertThat(this.context.getBeansOfType(CommentTargets.class).values()).extracting(CommentTargets::type)
			.containsExactly(VisionService.TARGET_TYPE);
	}

}
