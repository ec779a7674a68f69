package org.commonground.map;

import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.export.SummarySection;
import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map module boots with what it may use; it adds a section to the dialogue page and a
 * part to the summary exports.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class MapModuleIT extends ModuleTest {

	@Test
	void bootsWithItsDependenciesAndContributesItsSections() {
		assertBootsOnlyWhatItMayUse("map");
		assertThat(bootedModules()).doesNotContain("admin", "demo");
		assertThat(this.context.getBeansOfType(DialogueSectionProvider.class).values())
			.anyMatch(MapDialogueSection.class::isInstance);
		// The meetings' part boots too: the map cites meetings as evidence.
		assertThat(this.context.getBeansOfType(SummarySection.class).values()).extracting(SummarySection::name)
			.contains("stakeholderMap");
	}

}
