package org.commonground.dialogue;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue module boots without any contribution module: the representation panel and
 * the dialogue page are fed through interfaces nobody implements here.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DialogueModuleIT extends ModuleTest {

	@Autowired
	DialogueService dialogues;

	@Test
	void bootsWithoutTheModulesThatContribute() {
		assertBootsOnlyWhatItMayUse("dialogue");
		assertThat(this.context.getBeansOfType(ContributionCounter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(DialogueSectionProvider.class)).isEmpty();
		assertThat(this.dialogues.themes()).extracting(Theme::getCode).contains("FORMALISATION", "FINANCE");
	}

}
