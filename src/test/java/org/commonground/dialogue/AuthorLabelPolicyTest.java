package org.commonground.dialogue;

import org.commonground.account.AccountPrincipal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class AuthorLabelPolicyTest {

	private final ViewerContext visitor = new ViewerContext(null, null, false);

	private final ViewerContext admin = new ViewerContext(mock(AccountPrincipal.class), null, true);

	@Test
	void aPseudonymousMemberIsShownAsGroupAndRegionExceptToThoseWhoFacilitate() {
		AuthorLabel seenByVisitor = AuthorLabelPolicy.label("Neema Shija", "Geita", "Artisanal miner",
				DisplayMode.PSEUDONYMOUS, this.visitor);
		assertThat(seenByVisitor).isEqualTo(new AuthorLabel("Artisanal miner · Geita", "Artisanal miner", true, null));
		AuthorLabel seenByAdmin = AuthorLabelPolicy.label("Neema Shija", "Geita", "Artisanal miner",
				DisplayMode.PSEUDONYMOUS, this.admin);
		assertThat(seenByAdmin.name()).isEqualTo("Artisanal miner · Geita");
		assertThat(seenByAdmin.realName()).isEqualTo("Neema Shija");
	}

	@Test
	void withoutARegionThePseudonymIsTheGroupAlone() {
		AuthorLabel label = AuthorLabelPolicy.label("Joseph", " ", "Miners' association", DisplayMode.PSEUDONYMOUS,
				this.visitor);
		assertThat(label.name()).isEqualTo("Miners' association");
	}

	@Test
	void aPseudonymStaysWhenTheDialogueLaterStopsAllowingNewOnesAndANamedMemberIsNamed() {
		AuthorLabel label = AuthorLabelPolicy.label("Salim Abdallah", "Geita", "Buyer", DisplayMode.PSEUDONYMOUS,
				this.visitor);
		assertThat(label).isEqualTo(new AuthorLabel("Buyer · Geita", "Buyer", true, null));
		AuthorLabel named = AuthorLabelPolicy.label("Salim Abdallah", "Geita", "Buyer", DisplayMode.NAMED,
				this.visitor);
		assertThat(named.name()).isEqualTo("Salim Abdallah");
	}

}
