package org.commonground.vision;

import java.util.List;

import org.commonground.vision.CommonGround.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonGroundTest {

	@Test
	void everyGroupThatTookAStanceMostlyAcceptingIsCommonGround() {
		assertThat(
				CommonGround.verdict(List.of(new StanceCounts(2, 1, 0), new StanceCounts(0, 2, 1), StanceCounts.NONE)))
			.isEqualTo(Verdict.COMMON_GROUND);
	}

	@Test
	void oneGroupAcceptingAndAnotherRejectingIsContested() {
		assertThat(CommonGround.verdict(List.of(new StanceCounts(3, 0, 0), new StanceCounts(0, 1, 2))))
			.isEqualTo(Verdict.CONTESTED);
	}

	@Test
	void aSingleGroupOrLukewarmGroupsAreMixedAndNoStancesIsSaid() {
		assertThat(CommonGround.verdict(List.of(new StanceCounts(5, 0, 0)))).isEqualTo(Verdict.MIXED);
		assertThat(CommonGround.verdict(List.of(new StanceCounts(1, 0, 1), new StanceCounts(2, 0, 1))))
			.isEqualTo(Verdict.MIXED);
		assertThat(CommonGround.verdict(List.of(StanceCounts.NONE, StanceCounts.NONE))).isEqualTo(Verdict.NO_STANCES);
	}

	@Test
	void aRowLabelIsPlainTextCutAtAWordWithAnEllipsis() {
		String label = CommonGround.excerpt("**Les femmes** et les jeunes ont leur place : dans les coopératives", 48);
		assertThat(label).isEqualTo("Les femmes et les jeunes ont leur place : dans…");
		assertThat(label).doesNotContain("**", "...");
		assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(48);
		assertThat(CommonGround.excerpt("*Short* one", 48)).isEqualTo("Short one");
		assertThat(CommonGround.excerpt("A [link](https://example.org)\nand more", 90)).doesNotContain("[", "](", "\n");
	}

	@Test
	void barWidthsAddUpToTheWholeBar() {
		StanceCounts counts = new StanceCounts(1, 1, 1);
		assertThat(counts.agreeWidth() + counts.canLiveWithWidth() + counts.disagreeWidth()).isEqualTo(100);
		assertThat(StanceCounts.NONE.agreeWidth() + StanceCounts.NONE.disagreeWidth()).isZero();
	}

	@Test
	void eachCellLeansOneWayOrIsSplit() {
		assertThat(new StanceCounts(2, 1, 0).leaning()).isEqualTo(StanceCounts.Leaning.ACCEPTS);
		assertThat(new StanceCounts(0, 1, 2).leaning()).isEqualTo(StanceCounts.Leaning.REJECTS);
		assertThat(new StanceCounts(1, 0, 1).leaning()).isEqualTo(StanceCounts.Leaning.SPLIT);
		assertThat(StanceCounts.NONE.leaning()).isEqualTo(StanceCounts.Leaning.NONE);
	}

	@Test
	void rowsWhoseGroupsLeanDifferentWaysAreSplit() {
		StanceCounts accepts = new StanceCounts(3, 0, 0);
		assertThat(row(accepts, new StanceCounts(1, 0, 1)).split()).isTrue();
		assertThat(row(accepts, new StanceCounts(0, 0, 2)).split()).isTrue();
		assertThat(row(accepts, accepts, StanceCounts.NONE).split()).isFalse();
		assertThat(row(new StanceCounts(1, 0, 1)).split()).as("one group split within").isTrue();
	}

	@Test
	void aShowOfHandsCountsAsOneVoiceForItsMostCommonStanceUnlessWeighted() {
		StanceCounts hands = new StanceCounts(11, 3, 0);
		assertThat(hands.mostCommon()).isEqualTo(Stance.AGREE);
		assertThat(new StanceCounts(2, 2, 5).mostCommon()).isEqualTo(Stance.DISAGREE);
		assertThat(new StanceCounts(0, 4, 4).mostCommon()).as("a tie goes to the more accepting")
			.isEqualTo(Stance.CAN_LIVE_WITH);
		assertThat(StanceCounts.sum(hands, new StanceCounts(1, 0, 2))).isEqualTo(new StanceCounts(12, 3, 2));
	}

	private static CommonGround.Row row(StanceCounts... cells) {
		List<StanceCounts> list = List.of(cells);
		return new CommonGround.Row(null, list, StanceCounts.NONE, CommonGround.verdict(list), List.of());
	}

}
