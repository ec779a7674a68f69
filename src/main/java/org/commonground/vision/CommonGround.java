package org.commonground.vision;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.StakeholderGroup;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.Zoned;

/**
 * Stances on one version by paragraph and stakeholder group. A group <em>accepts</em> a
 * paragraph when at least two thirds of its stances are AGREE or CAN_LIVE_WITH, and
 * <em>rejects</em> it when more than half are DISAGREE. A paragraph is <em>common
 * ground</em> when at least two groups took a stance and every group that did accepts it;
 * it is <em>contested</em> when at least one group accepts it and another rejects it.
 */
public record CommonGround(DialogueView view, DraftVersion version, List<Column> groups, List<Row> rows,
		TextLanguages texts) implements Zoned {

	/**
	 * A paragraph's text (Markdown) as read: its translation into the reader's language
	 * where it has one, else the original.
	 */
	public String textOf(Paragraph paragraph) {
		ParagraphTranslation translation = this.texts.translationOf(paragraph);
		return (translation != null) ? translation.source() : paragraph.getSource();
	}

	/**
	 * A paragraph's text as read, as plain text (no Markdown marks) on one line, cut
	 * after at most {@code max} characters at a word where it can be, with "…": the label
	 * of a row.
	 */
	public String excerptOf(Paragraph paragraph, int max) {
		return excerpt(textOf(paragraph), max);
	}

	static String excerpt(String markdown, int max) {
		String text = MarkdownRenderer.toPlainText(markdown).replaceAll("\\s+", " ");
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		String cut = text.substring(0, text.offsetByCodePoints(0, max - 1));
		int space = cut.lastIndexOf(' ');
		if (space > max / 2) {
			cut = cut.substring(0, space);
		}
		return cut.replaceAll("[\\s\\p{Punct}]+$", "") + "…";
	}

	/** The language a paragraph is read in. */
	public String languageOf(Paragraph paragraph) {
		return this.texts.languageOf(paragraph);
	}

	static final double ACCEPTS = 2.0 / 3;

	static final double REJECTS = 0.5;

	/** A stakeholder group that took at least one stance on the version. */
	public record Column(String code, String label) {
	}

	/**
	 * A paragraph with each group's stances as counted, in the order of the columns, and
	 * the people who showed their hands in a room ({@code room}, same order).
	 */
	public record Row(Paragraph paragraph, List<StanceCounts> cells, StanceCounts all, Verdict verdict,
			List<StanceCounts> room) {

		/** The people who showed their hands in a room, all groups together. */
		public StanceCounts roomAll() {
			StanceCounts sum = StanceCounts.NONE;
			for (StanceCounts cell : this.room) {
				sum = new StanceCounts(sum.agree() + cell.agree(), sum.canLiveWith() + cell.canLiveWith(),
						sum.disagree() + cell.disagree());
			}
			return sum;
		}

		/**
		 * Whether the groups that took a stance lean different ways, or one of them is
		 * split within: the "mixed" badge.
		 */
		public boolean split() {
			List<StanceCounts.Leaning> leanings = this.cells.stream()
				.map(StanceCounts::leaning)
				.filter((l) -> l != StanceCounts.Leaning.NONE)
				.distinct()
				.toList();
			return leanings.size() > 1 || leanings.contains(StanceCounts.Leaning.SPLIT);
		}

	}

	/**
	 * A paragraph called out above the heat map: contested or split, with the groups that
	 * reject it (dissenting) and those split within.
	 */
	public record Callout(Row row, int number, List<Column> dissenting, List<Column> split) {
	}

	/** A group that rejects at least one paragraph, with how many. */
	public record Dissent(Column group, long paragraphs) {
	}

	public enum Verdict {

		COMMON_GROUND, CONTESTED, MIXED, NO_STANCES

	}

	static CommonGround of(DialogueView view, DraftVersion version, List<StakeholderGroup> groups,
			Map<String, Map<String, StanceCounts>> counts, Locale locale) {
		return of(view, version, groups, counts, Map.of(), locale);
	}

	/**
	 * @param counts stances as counted, by paragraph key and group code
	 * @param room people's stances from shows of hands in a room, by paragraph key and
	 * group code
	 */
	static CommonGround of(DialogueView view, DraftVersion version, List<StakeholderGroup> groups,
			Map<String, Map<String, StanceCounts>> counts, Map<String, Map<String, StanceCounts>> room, Locale locale) {
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
			Map<String, StanceCounts> inRoom = room.getOrDefault(paragraph.getKey(), Map.of());
			List<StanceCounts> cells = new ArrayList<>();
			List<StanceCounts> roomCells = new ArrayList<>();
			StanceCounts all = StanceCounts.NONE;
			for (Column column : columns) {
				StanceCounts cell = byGroup.getOrDefault(column.code(), StanceCounts.NONE);
				cells.add(cell);
				roomCells.add(inRoom.getOrDefault(column.code(), StanceCounts.NONE));
				all = new StanceCounts(all.agree() + cell.agree(), all.canLiveWith() + cell.canLiveWith(),
						all.disagree() + cell.disagree());
			}
			rows.add(new Row(paragraph, cells, all, verdict(cells), roomCells));
		}
		return new CommonGround(view, version, columns, rows,
				TextLanguages.of(view.dialogue(), locale.getLanguage(), version.getParagraphs()));
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

	/** The paragraphs (not headings), in the order of the text. */
	public List<Row> paragraphRows() {
		return this.rows.stream().filter((r) -> !r.paragraph().isHeading()).toList();
	}

	/**
	 * The contested paragraphs first, then the split ones, each in the order of the text,
	 * with the groups that reject them: what a reader should see before the grid.
	 */
	public List<Callout> callouts() {
		List<Callout> contested = new ArrayList<>();
		List<Callout> split = new ArrayList<>();
		for (Row row : paragraphRows()) {
			if (row.verdict() != Verdict.CONTESTED && !row.split()) {
				continue;
			}
			List<Column> rejecting = new ArrayList<>();
			List<Column> within = new ArrayList<>();
			for (int i = 0; i < this.groups.size(); i++) {
				StanceCounts.Leaning leaning = row.cells().get(i).leaning();
				if (leaning == StanceCounts.Leaning.REJECTS) {
					rejecting.add(this.groups.get(i));
				}
				else if (leaning == StanceCounts.Leaning.SPLIT) {
					within.add(this.groups.get(i));
				}
			}
			Callout callout = new Callout(row, this.version.textNumber(row.paragraph()), rejecting, within);
			((row.verdict() == Verdict.CONTESTED) ? contested : split).add(callout);
		}
		contested.addAll(split);
		return contested;
	}

	/** The groups that reject at least one paragraph, those rejecting most first. */
	public List<Dissent> dissentingGroups() {
		List<Dissent> dissent = new ArrayList<>();
		for (int i = 0; i < this.groups.size(); i++) {
			int column = i;
			long rejected = paragraphRows().stream()
				.filter((r) -> r.cells().get(column).leaning() == StanceCounts.Leaning.REJECTS)
				.count();
			if (rejected > 0) {
				dissent.add(new Dissent(this.groups.get(i), rejected));
			}
		}
		dissent.sort(java.util.Comparator.comparingLong(Dissent::paragraphs).reversed());
		return dissent;
	}

	/**
	 * The order of the heat map's columns (indexes into {@link #groups()}): the
	 * dissenting groups first, those rejecting most first, then the others.
	 */
	public List<Integer> columnOrder() {
		List<Integer> order = new ArrayList<>();
		for (Dissent dissent : dissentingGroups()) {
			order.add(this.groups.indexOf(dissent.group()));
		}
		for (int i = 0; i < this.groups.size(); i++) {
			if (!order.contains(i)) {
				order.add(i);
			}
		}
		return order;
	}

	@Override
	public ZoneId zone() {
		return this.view.zone();
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
