package org.commonground.mail;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail stands alone: it needs no module but {@code shared}. (The shared security filter
 * chain asks for the accounts' user-details service, which this module does not use: it
 * is replaced by a stand-in here.)
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class MailModuleIT extends ModuleTest {

	@MockitoBean
	UserDetailsService users;

	@Test
	void bootsAlone() {
		assertBootsOnlyWhatItMayUse("mail");
		assertThat(bootedModules()).containsOnly("mail", "shared");
		assertThat(this.context.getBean(MailService.class)).isNotNull();
	}

}
