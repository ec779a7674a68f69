package org.commonground.challenge;

import org.commonground.comment.CommentTargets;
import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The challenge module boots with comments and moderation, without the vision. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ChallengeModuleIT extends ModuleTest {

	@Autowired
	ChallengeService challenges;

	@Test
	void bootsWithCommentsButWithoutTheVision() {
		assertBootsOnlyWhatItMayUse("challenge");
		assertThat(bootedModules()).doesNotContain("vision", "export", "admin");
		assertThat(this.context.getBeansOfType(CommentTargets.class).values()).extracting(CommentTargets::type)
			.containsExactly(ChallengeService.TARGET_TYPE);
		assertThat(this.challenges.countAll()).isNotNegative();
	}

}
