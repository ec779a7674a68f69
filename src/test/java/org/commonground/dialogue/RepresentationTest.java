package org.commonground.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonground.account.StakeholderGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RepresentationTest {

	private final List<StakeholderGroup> groups = List.of(group("ARTISANAL_MINER", "Artisanal miner"),
			group("MINER_ASSOCIATION", "Miners' association"), group("GOVERNMENT", "Government"),
			group("BUYER", "Buyer"));

	@Test
	void warnsWhenAnExpectedGroupHasNoMemberAndMinersAreUnderTheThreshold() {
		Representation panel = RepresentationService.compute(this.groups, Map.of("ARTISANAL_MINER", 1L, "BUYER", 9L),
				Map.of("BUYER", 4L), Set.of("GOVERNMENT", "BUYER"), 0.2, Locale.ENGLISH);
		assertThat(panel.totalMembers()).isEqualTo(10);
		assertThat(panel.totalContributions()).isEqualTo(4);
		assertThat(panel.missingExpected()).containsExactly("Government");
		assertThat(panel.minerSharePercent()).isEqualTo(10);
		assertThat(panel.minersUnderRepresented()).isTrue();
		assertThat(panel.rows()).extracting(Representation.Row::memberWidth).containsExactly(11, 0, 0, 100);
		assertThat(panel.rows()).extracting(Representation.Row::contributionWidth).containsExactly(0, 0, 0, 100);
	}

	@Test
	void minersAndTheirAssociationsCountTogether() {
		Representation panel = RepresentationService.compute(this.groups,
				Map.of("ARTISANAL_MINER", 1L, "MINER_ASSOCIATION", 1L, "GOVERNMENT", 8L), Map.of(), Set.of(), 0.2,
				Locale.ENGLISH);
		assertThat(panel.minerSharePercent()).isEqualTo(20);
		assertThat(panel.minersUnderRepresented()).isFalse();
		assertThat(panel.hasWarnings()).isFalse();
	}

	@Test
	void anEmptyDialogueOnlyWarnsAboutExpectedGroups() {
		Representation panel = RepresentationService.compute(this.groups, Map.of(), Map.of(), Set.of("BUYER"), 0.2,
				Locale.ENGLISH);
		assertThat(panel.minersUnderRepresented()).isFalse();
		assertThat(panel.missingExpected()).containsExactly("Buyer");
		assertThat(panel.rows()).allMatch((row) -> row.memberWidth() == 0);
	}

	private static StakeholderGroup group(String code, String label) {
		StakeholderGroup group = mock(StakeholderGroup.class);
		when(group.getCode()).thenReturn(code);
		when(group.label(Locale.ENGLISH)).thenReturn(label);
		return group;
	}

}
