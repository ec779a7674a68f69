package org.commonground.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AuthorLabelPolicyTest {

	private final ViewerContext visitor = new ViewerContext(null, null, false);

	private final ViewerContext admin = new ViewerContext(mock(AccountPrincipal.class), null, true);

	@Test
	void aPseudonymousMemberIsShownAsGroupAndRegionExceptToThoseWhoFacilitate() {
		Account miner = account("Neema Shija", "Artisanal miner", "Geita");
		Dialogue dialogue = dialogue(true);
		AuthorLabel seenByVisitor = AuthorLabelPolicy.label(miner, dialogue, DisplayMode.PSEUDONYMOUS, this.visitor,
				Locale.ENGLISH);
		assertThat(seenByVisitor).isEqualTo(new AuthorLabel("Artisanal miner · Geita", "Artisanal miner", true, null));
		AuthorLabel seenByAdmin = AuthorLabelPolicy.label(miner, dialogue, DisplayMode.PSEUDONYMOUS, this.admin,
				Locale.ENGLISH);
		assertThat(seenByAdmin.name()).isEqualTo("Artisanal miner · Geita");
		assertThat(seenByAdmin.realName()).isEqualTo("Neema Shija");
	}

	@Test
	void withoutARegionThePseudonymIsTheGroupAlone() {
		AuthorLabel label = AuthorLabelPolicy.label(account("Joseph", "Miners' association", " "), dialogue(true),
				DisplayMode.PSEUDONYMOUS, this.visitor, Locale.ENGLISH);
		assertThat(label.name()).isEqualTo("Miners' association");
	}

	@Test
	void aPseudonymStaysWhenTheDialogueLaterStopsAllowingNewOnes() {
		AuthorLabel label = AuthorLabelPolicy.label(account("Salim Abdallah", "Buyer", "Geita"), dialogue(false),
				DisplayMode.PSEUDONYMOUS, this.visitor, Locale.ENGLISH);
		assertThat(label).isEqualTo(new AuthorLabel("Buyer · Geita", "Buyer", true, null));
		AuthorLabel named = AuthorLabelPolicy.label(account("Salim Abdallah", "Buyer", "Geita"), dialogue(false),
				DisplayMode.NAMED, this.visitor, Locale.ENGLISH);
		assertThat(named.name()).isEqualTo("Salim Abdallah");
	}

	private static Account account(String name, String group, String region) {
		StakeholderGroup stakeholderGroup = mock(StakeholderGroup.class);
		when(stakeholderGroup.label(Locale.ENGLISH)).thenReturn(group);
		Account account = mock(Account.class);
		when(account.getDisplayName()).thenReturn(name);
		when(account.getRegion()).thenReturn(region);
		when(account.getStakeholderGroup()).thenReturn(stakeholderGroup);
		return account;
	}

	private static Dialogue dialogue(boolean pseudonymity) {
		Dialogue dialogue = new Dialogue("d", 1, Instant.now());
		dialogue.describe(new DialogueDetails("Title", "Summary", "", null, null, null, null, Visibility.PUBLIC,
				JoinPolicy.OPEN, pseudonymity, List.of()), "", java.util.Set.of(), Instant.now());
		return dialogue;
	}

}
