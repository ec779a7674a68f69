package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.StakeholderGroup;
import org.commonground.comment.CommentNode;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.Option;

/**
 * Every comment on a dialogue's vision with what became of it, by paragraph, and per
 * stakeholder group how many of its comments were incorporated.
 *
 * @param latest the newest version, whose paragraph order the sections follow, or
 * {@code null}
 * @param sections the comments grouped by the paragraph they are on (or the whole vision)
 * @param answers the facilitators' answers by comment id
 * @param tallies one per stakeholder group that commented, over all comments (not only
 * the filtered ones)
 * @param groups the stakeholder groups to filter by
 * @param texts the language the quoted paragraphs are read in: the reader's where the
 * newest version is translated into it, as on the vision's page
 */
public record YouSaidWeDid(DialogueView view, DraftVersion latest, List<Section> sections,
		Map<Long, CommentAnswer> answers, List<Tally> tallies, List<Option> groups,
		TextLanguages texts) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	/**
	 * The comments on one paragraph key ({@code paragraph} is null for comments on a
	 * whole version or a paragraph no longer in the newest version).
	 */
	public record Section(String key, Paragraph paragraph, List<CommentNode> comments) {
	}

	/**
	 * How one group's comments were answered; {@code group} is {@code null} for the
	 * comments whose authors' group is withheld.
	 */
	public record Tally(String group, long comments, long incorporated, long partly, long notIncorporated, long noted,
			long unanswered) {
	}

	static YouSaidWeDid of(DialogueView view, DraftVersion latest, List<CommentNode> all,
			Map<Long, CommentAnswer> answers, String group, String disposition, List<StakeholderGroup> groups,
			Locale locale) {
		Map<String, long[]> byGroup = new LinkedHashMap<>();
		for (StakeholderGroup g : groups) {
			byGroup.put(g.label(locale), new long[6]);
		}
		for (CommentNode c : all) {
			long[] t = byGroup.computeIfAbsent(group(c), (k) -> new long[6]);
			t[0]++;
			CommentAnswer answer = answers.get(c.id());
			int index = (answer == null) ? 5 : switch (answer.disposition()) {
				case INCORPORATED -> 1;
				case PARTLY_INCORPORATED -> 2;
				case NOT_INCORPORATED -> 3;
				case NOTED -> 4;
			};
			t[index]++;
		}
		List<Tally> tallies = new ArrayList<>();
		byGroup.forEach((label, t) -> {
			if (t[0] > 0) {
				tallies.add(new Tally(label, t[0], t[1], t[2], t[3], t[4], t[5]));
			}
		});
		String groupLabel = groups.stream()
			.filter((g) -> g.getCode().equals(group))
			.map((g) -> g.label(locale))
			.findFirst()
			.orElse(null);
		Map<String, List<CommentNode>> byKey = new LinkedHashMap<>();
		if (latest != null) {
			latest.getParagraphs().forEach((p) -> byKey.put(p.getKey(), new ArrayList<>()));
		}
		for (CommentNode c : all) {
			CommentAnswer answer = answers.get(c.id());
			boolean groupMatches = groupLabel == null || groupLabel.equals(group(c));
			boolean dispositionMatches = disposition == null || ("NONE".equals(disposition) ? answer == null
					: answer != null && answer.disposition().name().equals(disposition));
			if (groupMatches && dispositionMatches) {
				byKey.computeIfAbsent(c.anchor(), (k) -> new ArrayList<>()).add(c);
			}
		}
		List<Section> sections = new ArrayList<>();
		byKey.forEach((key, comments) -> {
			if (!comments.isEmpty()) {
				Paragraph paragraph = (latest == null) ? null
						: latest.getParagraphs()
							.stream()
							.filter((p) -> p.getKey().equals(key))
							.findFirst()
							.orElse(null);
				sections.add(new Section(key, paragraph, comments));
			}
		});
		List<Option> options = groups.stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList();
		TextLanguages texts = (latest != null)
				? TextLanguages.of(view.dialogue(), locale.getLanguage(), latest.getParagraphs())
				: TextLanguages.original(view.dialogue());
		return new YouSaidWeDid(view, latest, sections, answers, tallies, options, texts);
	}

	/**
	 * The stakeholder group the author spoke for, by its label, or {@code null} where the
	 * author's label withholds it. Not the "speaking as" line, which is empty where the
	 * pseudonym already is the group.
	 */
	private static String group(CommentNode c) {
		return (c.author() == null || c.author().groupWithheld()) ? null : c.author().group();
	}

	public long total() {
		return this.sections.stream().mapToLong((s) -> s.comments().size()).sum();
	}

}
