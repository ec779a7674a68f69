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
 * @param totalMet people met in the dialogue's meetings, all groups together
 * @param totalRecorded contributions recorded in meetings on behalf of people there (they
 * are among {@code totalContributions} too)
 * @param totalSpokenFor the people those recorded contributions speak for
 * @param onlyInRoom labels of groups met in meetings that have no member online
 * @param onlyOnline labels of groups with members online that no meeting met (only once
 * some meeting recorded attendance)
 * @param minerShare share of members who are artisanal miners or miners' associations (0
 * to 1)
 * @param minersUnderRepresented whether that share is below the configured threshold
 * @param threshold the configured threshold (0 to 1)
 */
public record Representation(List<Row> rows, List<String> kinds, List<Long> kindTotals, long totalMembers,
		long totalContributions, long totalMet, long totalRecorded, long totalSpokenFor, List<String> missingExpected,
		List<String> onlyInRoom, List<String> onlyOnline, double minerShare, boolean minersUnderRepresented,
		double threshold) {

	/**
	 * One stakeholder group's numbers; {@code byKind} in the order of the panel's kinds;
	 * {@code met}: people of the group met in the dialogue's meetings; {@code recorded}:
	 * its contributions recorded there (among {@code contributions}), speaking for
	 * {@code spokenFor} people; widths are percentages of the largest value, for the
	 * printed chart.
	 */
	public record Row(String code, String label, boolean expected, long members, long contributions, List<Long> byKind,
			long met, long recorded, long spokenFor, int memberWidth, int contributionWidth) {

		/** Contributions made online: all but those recorded in meetings. */
		public long online() {
			return Math.max(0, this.contributions - this.recorded);
		}

	}

	/** The group's share of all members, in whole per cent: the members chart. */
	public int memberPercent(Row row) {
		return percent("members", row);
	}

	/** The group's share of all contributions, in whole per cent. */
	public int contributionPercent(Row row) {
		return percent("contributions", row);
	}

	/**
	 * The measures the panel charts: members and contributions, and people met in
	 * meetings once any meeting recorded attendance.
	 */
	public List<String> measures() {
		if (hasRecorded()) {
			return hasMeetings() ? List.of("members", "online", "met", "recorded")
					: List.of("members", "online", "recorded");
		}
		return hasMeetings() ? List.of("members", "contributions", "met") : List.of("members", "contributions");
	}

	/** The total of a measure of {@link #measures()}. */
	public long total(String measure) {
		return switch (measure) {
			case "members" -> this.totalMembers;
			case "contributions" -> this.totalContributions;
			case "online" -> Math.max(0, this.totalContributions - this.totalRecorded);
			case "recorded" -> this.totalRecorded;
			default -> this.totalMet;
		};
	}

	/** A group's number for a measure of {@link #measures()}. */
	public long count(String measure, Row row) {
		return switch (measure) {
			case "members" -> row.members();
			case "contributions" -> row.contributions();
			case "online" -> row.online();
			case "recorded" -> row.recorded();
			default -> row.met();
		};
	}

	/** A group's share of a measure, in whole per cent. */
	public int percent(String measure, Row row) {
		return percent(count(measure, row), total(measure));
	}

	private static int percent(long part, long whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
	}

	public boolean hasWarnings() {
		return !this.missingExpected.isEmpty() || this.minersUnderRepresented || !this.onlyInRoom.isEmpty()
				|| !this.onlyOnline.isEmpty();
	}

	/** Whether any meeting recorded attendance, so that the panel shows people met. */
	public boolean hasMeetings() {
		return this.totalMet > 0;
	}

	/**
	 * Whether contributions were recorded on behalf of people in meetings, so that the
	 * panel shows contributions online and from the room side by side.
	 */
	public boolean hasRecorded() {
		return this.totalRecorded > 0;
	}

	public int minerSharePercent() {
		return (int) Math.round(this.minerShare * 100);
	}

	public int thresholdPercent() {
		return (int) Math.round(this.threshold * 100);
	}

}
