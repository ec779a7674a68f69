package org.commonground.export;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The export module boots with the modules whose contributions it exports. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ExportModuleIT extends ModuleTest {

	@Test
	void bootsWithoutTheAdminConsoleOrDemoData() {
		assertBootsOnlyWhatItMayUse("export");
		assertThat(bootedModules()).doesNotContain("admin", "demo")
			.contains("challenge", "vision", "moderation", "dialogue");
		assertThat(this.context.getBean(ExportService.class)).isNotNull();
	}

}
