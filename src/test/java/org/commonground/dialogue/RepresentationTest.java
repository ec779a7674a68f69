package org.commonground.dialogue;

import java.util.LinkedHashMap;
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
				contributions(Map.of("BUYER", 3L), Map.of("BUYER", 1L, "GOVERNMENT", 2L)),
				Set.of("GOVERNMENT", "BUYER"), 0.2, Locale.ENGLISH);
		assertThat(panel.totalMembers()).isEqualTo(10);
		assertThat(panel.totalContributions()).isEqualTo(6);
		assertThat(panel.kinds()).containsExactly("challenges", "comments");
		assertThat(panel.kindTotals()).containsExactly(3L, 3L);
		assertThat(panel.rows()).extracting(Representation.Row::byKind)
			.containsExactly(List.of(0L, 0L), List.of(0L, 0L), List.of(0L, 2L), List.of(3L, 1L));
		assertThat(panel.missingExpected()).containsExactly("Government");
		assertThat(panel.minerSharePercent()).isEqualTo(10);
		assertThat(panel.minersUnderRepresented()).isTrue();
		assertThat(panel.rows()).extracting(Representation.Row::memberWidth).containsExactly(11, 0, 0, 100);
		assertThat(panel.rows()).extracting(Representation.Row::contributionWidth).containsExactly(0, 0, 50, 100);
		// The charts: shares of each measure's total in per cent, on one scale per
		// measure, so one member of ten is not drawn longer than two contributions of
		// six.
		assertThat(panel.rows()).extracting(panel::memberPercent).containsExactly(10, 0, 0, 90);
		assertThat(panel.rows()).extracting(panel::contributionPercent).containsExactly(0, 0, 33, 67);
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
		assertThat(panel.rows())
			.allMatch((row) -> panel.memberPercent(row) == 0 && panel.contributionPercent(row) == 0);
	}

	@Test
	void warnsWhenAGroupWasMetInTheRoomButIsMissingOnlineAndTheReverse() {
		Representation panel = RepresentationService.compute(this.groups,
				Map.of("ARTISANAL_MINER", 2L, "GOVERNMENT", 3L, "BUYER", 5L), Map.of(),
				Map.of("ARTISANAL_MINER", met(40), "MINER_ASSOCIATION", met(10), "GOVERNMENT", met(4)), Set.of(), 0.2,
				Locale.ENGLISH);
		assertThat(panel.totalMet()).isEqualTo(54);
		assertThat(panel.hasMeetings()).isTrue();
		assertThat(panel.rows()).extracting(Representation.Row::met).containsExactly(40L, 10L, 4L, 0L);
		assertThat(panel.rows()).extracting((row) -> panel.percent("met", row)).containsExactly(74, 19, 7, 0);
		assertThat(panel.measures()).containsExactly("members", "contributions", "met");
		assertThat(panel.onlyInRoom()).containsExactly("Miners' association");
		assertThat(panel.onlyOnline()).containsExactly("Buyer");
		assertThat(panel.hasWarnings()).isTrue();
	}

	@Test
	void contributionsRecordedInTheRoomAreShownBesideThoseMadeOnlineWithThePeopleTheySpeakFor() {
		// Miners: 3 challenges, 9 comments, of which 8 recorded at a workshop for 40
		// people; government: 2 comments online.
		Representation panel = RepresentationService.compute(this.groups,
				Map.of("ARTISANAL_MINER", 1L, "GOVERNMENT", 2L),
				contributions(Map.of("ARTISANAL_MINER", 3L), Map.of("ARTISANAL_MINER", 9L, "GOVERNMENT", 2L)),
				Map.of("ARTISANAL_MINER", new AttendanceCounter.InRoom(30, 8, 40), "MINER_ASSOCIATION",
						new AttendanceCounter.InRoom(0, 1, 5)),
				Set.of(), 0.2, Locale.ENGLISH);
		assertThat(panel.hasRecorded()).isTrue();
		assertThat(panel.measures()).containsExactly("members", "online", "met", "recorded");
		assertThat(panel.total("online")).isEqualTo(14 - 9);
		assertThat(panel.total("recorded")).isEqualTo(9);
		assertThat(panel.totalSpokenFor()).isEqualTo(45);
		assertThat(panel.rows()).extracting(Representation.Row::online).containsExactly(4L, 0L, 2L, 0L);
		assertThat(panel.rows()).extracting(Representation.Row::spokenFor).containsExactly(40L, 5L, 0L, 0L);
		assertThat(panel.rows()).extracting((row) -> panel.percent("recorded", row)).containsExactly(89, 11, 0, 0);
		// Recorded for in a meeting without a member online: said to be missing online.
		assertThat(panel.onlyInRoom()).containsExactly("Miners' association");
		assertThat(panel.onlyOnline()).containsExactly("Government");
	}

	@Test
	void withoutAttendanceNoGroupIsSaidToBeMissingFromTheRoom() {
		Representation panel = RepresentationService.compute(this.groups, Map.of("ARTISANAL_MINER", 5L), Map.of(),
				Set.of(), 0.2, Locale.ENGLISH);
		assertThat(panel.hasMeetings()).isFalse();
		assertThat(panel.onlyOnline()).isEmpty();
		assertThat(panel.hasWarnings()).isFalse();
	}

	private static Map<String, Map<String, Long>> contributions(Map<String, Long> challenges,
			Map<String, Long> comments) {
		Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
		byKind.put("challenges", challenges);
		byKind.put("comments", comments);
		return byKind;
	}

	private static AttendanceCounter.InRoom met(long people) {
		return new AttendanceCounter.InRoom(people, 0, 0);
	}

	private static StakeholderGroup group(String code, String label) {
		StakeholderGroup group = mock(StakeholderGroup.class);
		when(group.getCode()).thenReturn(code);
		when(group.label(Locale.ENGLISH)).thenReturn(label);
		return group;
	}

}
