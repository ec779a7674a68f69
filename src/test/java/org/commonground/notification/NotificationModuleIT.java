package org.commonground.notification;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications boot with accounts, dialogues and mail (the other modules give only their
 * event types), without exports, demo data or the admin console.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class NotificationModuleIT extends ModuleTest {

	@Test
	void bootsWithTheModulesWhoseEventsItReadsAndNoOthers() {
		assertBootsOnlyWhatItMayUse("notification");
		assertThat(bootedModules()).contains("account", "dialogue", "mail").doesNotContain("export", "demo", "admin");
		assertThat(this.context.getBean(Notifications.class)).isNotNull();
		assertThat(this.context.getBean(EmailPreferences.class)).isNotNull();
	}

}
