package org.commonground.demo;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data loads in a context of the demo module and the modules it may use, and of
 * nothing else: it goes through their public services only.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "app.demo=true")
class DemoModuleIT extends ModuleTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadsTheGeitaDialogueWithOnlyTheModulesItMayUse() {
		assertBootsOnlyWhatItMayUse("demo");
		assertThat(bootedModules()).doesNotContain("admin", "export");
		assertThat(this.context.getBean(DemoDataLoader.class)).isNotNull();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from challenge c join dialogue d on d.id = c.dialogue_id
				where d.slug = ?""", Integer.class, DemoDialogues.GEITA)).isGreaterThanOrEqualTo(7);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from vision_version v join dialogue d on d.id = v.dialogue_id
				where d.slug = ?""", Integer.class, DemoDialogues.GEITA)).isGreaterThanOrEqualTo(1);
	}

}
