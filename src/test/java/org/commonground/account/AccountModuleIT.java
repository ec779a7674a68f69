package org.commonground.account;

import org.commonground.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The account module boots with the mail module and nothing else. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class AccountModuleIT extends ModuleTest {

	@Autowired
	StakeholderGroupService groups;

	@Test
	void bootsWithMailAndSharedOnly() {
		assertBootsOnlyWhatItMayUse("account");
		assertThat(bootedModules()).doesNotContain("dialogue", "comment", "challenge", "vision", "moderation");
		assertThat(this.groups.activeGroups()).extracting(StakeholderGroup::getCode)
			.contains("ARTISANAL_MINER", "MINER_ASSOCIATION", "CIVIL_SOCIETY", "GOVERNMENT", "BUYER");
	}

}
