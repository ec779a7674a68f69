package org.commonground.admin;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin console boots with the modules it counts, without the vision or exports. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class AdminModuleIT extends ModuleTest {

	@Test
	void bootsWithoutTheVisionOrExports() {
		assertBootsOnlyWhatItMayUse("admin");
		assertThat(bootedModules()).doesNotContain("vision", "export", "demo");
		assertThat(this.context.getBean(AdminConsole.class)).isNotNull();
	}

}
