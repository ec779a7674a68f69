package org.commonground.meeting;

import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting module boots with the modules it may use, without exports, the admin
 * console or the demo; it fills a section of the dialogue's page.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class MeetingModuleIT extends ModuleTest {

	@Test
	void bootsWithWhatItMayUse() {
		assertBootsOnlyWhatItMayUse("meeting");
		assertThat(bootedModules()).doesNotContain("export", "admin", "demo");
		assertThat(this.context.getBeansOfType(DialogueSectionProvider.class).values())
			.anyMatch(MeetingDialogueSection.class::isInstance);
	}

}
