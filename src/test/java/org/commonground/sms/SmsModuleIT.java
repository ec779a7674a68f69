package org.commonground.sms;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMS boots with the modules whose services it calls, without exports or the admin
 * console.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SmsModuleIT extends ModuleTest {

	@Test
	void bootsWithWhatItUses() {
		assertBootsOnlyWhatItMayUse("sms");
		assertThat(bootedModules()).contains("account", "dialogue", "challenge", "comment", "vision")
			.doesNotContain("export", "admin", "demo");
		assertThat(this.context.getBean(SmsGateway.class)).isInstanceOf(FakeSmsGateway.class);
	}

}
