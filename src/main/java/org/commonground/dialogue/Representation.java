package org.commonground.dialogue;

import java.util.List;

/**
 * Who is in a dialogue and who speaks in it, per stakeholder group.
 *
 * @param rows one per active stakeholder group, in display order
 * @param kinds the kinds of contribution counted (challenges, comments…), in display
 * order
 * @param kindTotals the total of each kind, in the order of {@code kinds}
 * @param missingExpected labels of expected groups without any member
 * @param minerShare share of members who are artisanal miners or miners' associations (0
 * to 1)
 * @param minersUnderRepresented whether that share is below the configured threshold
 * @param threshold the configured threshold (0 to 1)
 */
public record Representation(List<Row> rows, List<String> kinds, List<Long> kindTotals, long totalMembers,
		long totalContributions, List<String> missingExpected, double minerShare, boolean minersUnderRepresented,
		double threshold) {

	/**
	 * One stakeholder group's numbers; {@code byKind} in the order of the panel's kinds;
	 * widths are percentages of the largest value, for the chart.
	 */
	public record Row(String code, String label, boolean expected, long members, long contributions, List<Long> byKind,
			int memberWidth, int contributionWidth) {
	}

	/** The group's share of all members, in whole per cent: the members chart. */
	public int memberPercent(Row row) {
		return percent(row.members(), this.totalMembers);
	}

	/** The group's share of all contributions, in whole per cent. */
	public int contributionPercent(Row row) {
		return percent(row.contributions(), this.totalContributions);
	}

	private static int percent(long part, long whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
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
