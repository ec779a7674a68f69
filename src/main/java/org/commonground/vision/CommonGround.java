package org.commonground.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.StakeholderGroup;
import org.commonground.dialogue.DialogueView;

/**
 * Stances on one version by paragraph and stakeholder group. A group <em>accepts</em> a
 * paragraph when at least two thirds of its stances are AGREE or CAN_LIVE_WITH, and
 * <em>rejects</em> it when more than half are DISAGREE. A paragraph is <em>common
 * ground</em> when at least two groups took a stance and every group that did accepts it;
 * it is <em>contested</em> when at least one group accepts it and another rejects it.
 */
public record CommonGround(DialogueView view, DraftVersion version, List<Column> groups, List<Row> rows) {

	static final double ACCEPTS = 2.0 / 3;

	static final double REJECTS = 0.5;

	/** A stakeholder group that took at least one stance on the version. */
	public record Column(String code, String label) {
	}

	/** A paragraph with each group's stances, in the order of the columns. */
	public record Row(Paragraph paragraph, List<StanceCounts> cells, StanceCounts all, Verdict verdict) {
	}

	public enum Verdict {

		COMMON_GROUND, CONTESTED, MIXED, NO_STANCES

	}

	static CommonGround of(DialogueView view, DraftVersion version, List<StakeholderGroup> groups,
			Map<String, Map<String, StanceCounts>> counts, Locale locale) {
		List<Column> columns = new ArrayList<>();
		for (StakeholderGroup group : groups) {
			boolean took = counts.values().stream().anyMatch((byGroup) -> byGroup.containsKey(group.getCode()));
			if (took) {
				columns.add(new Column(group.getCode(), group.label(locale)));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Paragraph paragraph : version.getParagraphs()) {
			Map<String, StanceCounts> byGroup = counts.getOrDefault(paragraph.getKey(), Map.of());
			List<StanceCounts> cells = new ArrayList<>();
			StanceCounts all = StanceCounts.NONE;
			for (Column column : columns) {
				StanceCounts cell = byGroup.getOrDefault(column.code(), StanceCounts.NONE);
				cells.add(cell);
				all = new StanceCounts(all.agree() + cell.agree(), all.canLiveWith() + cell.canLiveWith(),
						all.disagree() + cell.disagree());
			}
			rows.add(new Row(paragraph, cells, all, verdict(cells)));
		}
		return new CommonGround(view, version, columns, rows);
	}

	static Verdict verdict(List<StanceCounts> cells) {
		List<StanceCounts> taken = cells.stream().filter((c) -> c.total() > 0).toList();
		if (taken.isEmpty()) {
			return Verdict.NO_STANCES;
		}
		boolean anyAccepts = taken.stream().anyMatch((c) -> c.accepting() >= ACCEPTS);
		boolean anyRejects = taken.stream().anyMatch((c) -> c.disagreeing() > REJECTS);
		if (taken.size() >= 2 && taken.stream().allMatch((c) -> c.accepting() >= ACCEPTS)) {
			return Verdict.COMMON_GROUND;
		}
		return (anyAccepts && anyRejects) ? Verdict.CONTESTED : Verdict.MIXED;
	}

	public long count(Verdict verdict) {
		return this.rows.stream().filter((r) -> r.verdict() == verdict).count();
	}

	public long commonGround() {
		return count(Verdict.COMMON_GROUND);
	}

	public long contested() {
		return count(Verdict.CONTESTED);
	}

}
