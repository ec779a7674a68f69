package org.commonground.dialogue;

import java.util.List;

/**
 * Who is in a dialogue and who speaks in it, per stakeholder group.
 *
 * @param rows one per active stakeholder group, in display order
 * @param missingExpected labels of expected groups without any member
 * @param minerShare share of members who are artisanal miners or miners' associations (0
 * to 1)
 * @param minersUnderRepresented whether that share is below the configured threshold
 * @param threshold the configured threshold (0 to 1)
 */
public record Representation(List<Row> rows, long totalMembers, long totalContributions, List<String> missingExpected,
		double minerShare, boolean minersUnderRepresented, double threshold) {

	/**
	 * One stakeholder group's numbers; widths are percentages of the largest value, for
	 * the chart.
	 */
	public record Row(String code, String label, boolean expected, long members, long contributions, int memberWidth,
			int contributionWidth) {
	}

	public boolean hasWarnings() {
		return !this.missingExpected.isEmpty() || this.minersUnderRepresented;
	}

	public int minerSharePercent() {
		return (int) Math.round(this.minerShare * 100);
	}

	public int thresholdPercent() {
		return (int) Math.round(this.threshold * 100);
	}

}
