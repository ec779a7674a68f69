package org.commonground.vision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The difference between two versions of a vision: paragraphs added, removed, modified
 * and moved (matched by their stable keys), and within a modified paragraph the words
 * inserted and deleted (java-diff-utils, Myers' algorithm, on words and the spaces
 * between them).
 */
public final class VersionDiff {

	private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

	private VersionDiff() {
	}

	/** A paragraph as the diff needs it. */
	public record Text(String key, String source) {
	}

	/** What happened to a paragraph between the two versions. */
	public enum Kind {

		ADDED, REMOVED, MODIFIED, UNCHANGED

	}

	/** A run of words that is the same, inserted or deleted. */
	public record Segment(Change change, String text) {
	}

	public enum Change {

		SAME, INSERTED, DELETED

	}

	/**
	 * One paragraph in the diff.
	 *
	 * @param moved whether it changed place relative to the paragraphs both versions
	 * share
	 * @param segments its words, marked where they differ
	 */
	public record Entry(String key, Kind kind, boolean moved, List<Segment> segments) {

		public boolean changed() {
			return this.kind != Kind.UNCHANGED || this.moved;
		}

	}

	/**
	 * The paragraphs of {@code to} in order, with the removed ones of {@code from} placed
	 * after the paragraph that preceded them.
	 */
	public static List<Entry> compare(List<Text> from, List<Text> to) {
		Map<String, Text> before = new HashMap<>();
		from.forEach((t) -> before.put(t.key(), t));
		Set<String> afterKeys = new HashSet<>();
		to.forEach((t) -> afterKeys.add(t.key()));
		List<String> sharedBefore = from.stream().map(Text::key).filter(afterKeys::contains).toList();
		List<String> sharedAfter = to.stream().map(Text::key).filter(before::containsKey).toList();
		Set<String> inOrder = new HashSet<>(longestCommonSubsequence(sharedBefore, sharedAfter));

		Map<String, List<Text>> removedAfter = new HashMap<>();
		String previousShared = "";
		for (Text t : from) {
			if (afterKeys.contains(t.key())) {
				previousShared = t.key();
			}
			else {
				removedAfter.computeIfAbsent(previousShared, (k) -> new ArrayList<>()).add(t);
			}
		}
		List<Entry> entries = new ArrayList<>();
		removedAfter.getOrDefault("", List.of()).forEach((t) -> entries.add(removed(t)));
		for (Text t : to) {
			Text old = before.get(t.key());
			if (old == null) {
				entries.add(new Entry(t.key(), Kind.ADDED, false, List.of(new Segment(Change.INSERTED, t.source()))));
			}
			else {
				boolean moved = !inOrder.contains(t.key());
				if (old.source().equals(t.source())) {
					entries
						.add(new Entry(t.key(), Kind.UNCHANGED, moved, List.of(new Segment(Change.SAME, t.source()))));
				}
				else {
					entries.add(new Entry(t.key(), Kind.MODIFIED, moved, words(old.source(), t.source())));
				}
				removedAfter.getOrDefault(t.key(), List.of()).forEach((r) -> entries.add(removed(r)));
			}
		}
		return entries;
	}

	/**
	 * The entries of {@code decided} (what happened to each paragraph) with the words of
	 * {@code shown}: the same two versions compared in other texts of the same keys (such
	 * as their translations).
	 */
	public static List<Entry> withWordsOf(List<Entry> decided, List<Entry> shown) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < decided.size(); i++) {
			Entry entry = decided.get(i);
			if (!entry.key().equals(shown.get(i).key())) {
				throw new IllegalArgumentException("Not the same paragraphs: " + entry.key());
			}
			entries.add(new Entry(entry.key(), entry.kind(), entry.moved(), shown.get(i).segments()));
		}
		return entries;
	}

	/** The words of two texts, marked inserted, deleted or the same. */
	public static List<Segment> words(String from, String to) {
		List<String> a = tokens(from);
		List<String> b = tokens(to);
		Patch<String> patch = DiffUtils.diff(a, b);
		// Changes separated only by a space read as one: "three months" became "ninety
		// days".
		List<int[]> spans = new ArrayList<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int[] span = { delta.getSource().getPosition(), delta.getSource().last() + 1,
					delta.getTarget().getPosition(), delta.getTarget().last() + 1 };
			int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			if (last != null && blank(a.subList(last[1], span[0])) && span[0] - last[1] <= 1) {
				last[1] = span[1];
				last[3] = span[3];
			}
			else {
				spans.add(span);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (int[] span : spans) {
			add(segments, Change.SAME, a.subList(position, span[0]));
			add(segments, Change.DELETED, a.subList(span[0], span[1]));
			add(segments, Change.INSERTED, b.subList(span[2], span[3]));
			position = span[1];
		}
		add(segments, Change.SAME, a.subList(position, a.size()));
		return segments;
	}

	private static boolean blank(List<String> tokens) {
		return tokens.stream().allMatch(String::isBlank);
	}

	private static Entry removed(Text t) {
		return new Entry(t.key(), Kind.REMOVED, false, List.of(new Segment(Change.DELETED, t.source())));
	}

	private static void add(List<Segment> segments, Change change, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).change() == change) {
			Segment last = segments.remove(segments.size() - 1);
			text = last.text() + text;
		}
		segments.add(new Segment(change, text));
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = WORDS.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
		int[][] lengths = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<String> common = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				common.add(a.get(i));
				i++;
				j++;
			}
			else if (lengths[i + 1][j] > lengths[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common;
	}

}
