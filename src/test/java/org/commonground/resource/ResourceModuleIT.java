package org.commonground.resource;

import org.commonground.comment.CommentTargets;
import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource module boots with the vision and comments, without challenges. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ResourceModuleIT extends ModuleTest {

	@Autowired
	ResourceService resources;

	@Autowired
	FileStorage storage;

	@Test
	void bootsWithTheVisionButWithoutChallenges() {
		assertBootsOnlyWhatItMayUse("resource");
		assertThat(bootedModules()).doesNotContain("challenge", "export", "admin", "demo");
		assertThat(this.context.getBeansOfType(CommentTargets.class).values()).extracting(CommentTargets::type)
			.contains(ResourceService.TARGET_TYPE);
		assertThat(this.storage).isInstanceOf(FilesystemStorage.class);
		assertThat(this.resources.countAll()).isNotNegative();
	}

}
