package org.commonground.comment;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment module boots without any of the things that are commented on: it knows them
 * only through the {@link CommentTargets} their modules implement.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CommentModuleIT extends ModuleTest {

	@Autowired
	CommentThreads threads;

	@Test
	void bootsWithoutChallengesOrTheVision() {
		assertBootsOnlyWhatItMayUse("comment");
		assertThat(bootedModules()).doesNotContain("challenge", "vision", "export", "admin");
		assertThat(this.context.getBeansOfType(CommentTargets.class)).isEmpty();
		assertThat(this.threads.countAll()).isNotNegative();
	}

}
