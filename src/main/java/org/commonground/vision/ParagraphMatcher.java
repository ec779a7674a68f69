package org.commonground.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Gives the paragraphs of a new version stable keys by matching them with the previous
 * version's.
 * <ol>
 * <li>A paragraph with the same text (whitespace aside) as an unmatched previous
 * paragraph takes its key, unchanged, wherever it moved.</li>
 * <li>The remaining pairs are scored by token similarity: the Dice coefficient of the two
 * paragraphs' word multisets (lower-cased letters and digits of any script; punctuation
 * and Markdown marks ignored), {@code 2·|A∩B| / (|A|+|B|)}. Pairs scoring at least
 * {@value #SIMILAR} are taken best first (ties: the closer position first); each such new
 * paragraph keeps the previous key, marked modified.</li>
 * <li>Every other new paragraph gets a new key.</li>
 * </ol>
 * So when a paragraph is split, the part most like it keeps its key and the other part is
 * new; when two are merged, the result keeps the key of the one it is most like and the
 * other's key ends; reordering keeps every key.
 */
public final class ParagraphMatcher {

	/** Least similarity for a changed paragraph to keep its key. */
	public static final double SIMILAR = 0.5;

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private ParagraphMatcher() {
	}

	/** A paragraph of the previous version. */
	public record Previous(String key, String text) {
	}

	/** A paragraph of the new version with its key. */
	public record Matched(String key, String text, ParagraphChange change) {
	}

	/** The paragraphs of a Markdown text: blank lines separate them. */
	public static List<String> split(String markdown) {
		List<String> paragraphs = new ArrayList<>();
		if (markdown == null) {
			return paragraphs;
		}
		for (String part : PARAGRAPH_BREAK.split(markdown.replace("\r\n", "\n").replace('\r', '\n'))) {
			String text = part.strip();
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
		}
		return paragraphs;
	}

	/**
	 * Keys for the new paragraphs, in their order.
	 * @param newKey makes a key never used before in the draft
	 */
	public static List<Matched> match(List<Previous> previous, List<String> texts, Supplier<String> newKey) {
		String[] keys = new String[texts.size()];
		ParagraphChange[] changes = new ParagraphChange[texts.size()];
		boolean[] used = new boolean[previous.size()];
		for (int i = 0; i < texts.size(); i++) {
			String normalised = normalise(texts.get(i));
			for (int j = 0; j < previous.size(); j++) {
				if (!used[j] && normalise(previous.get(j).text()).equals(normalised)) {
					used[j] = true;
					keys[i] = previous.get(j).key();
					changes[i] = ParagraphChange.UNCHANGED;
					break;
				}
			}
		}
		List<double[]> pairs = new ArrayList<>();
		Map<Integer, Map<String, Integer>> newTokens = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			if (keys[i] != null) {
				continue;
			}
			Map<String, Integer> a = newTokens.computeIfAbsent(i, (n) -> tokens(texts.get(n)));
			for (int j = 0; j < previous.size(); j++) {
				if (!used[j]) {
					double score = dice(a, tokens(previous.get(j).text()));
					if (score >= SIMILAR) {
						pairs.add(new double[] { score, i, j });
					}
				}
			}
		}
		pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0]).thenComparingDouble((p) -> Math.abs(p[1] - p[2])));
		for (double[] pair : pairs) {
			int i = (int) pair[1];
			int j = (int) pair[2];
			if (keys[i] == null && !used[j]) {
				used[j] = true;
				keys[i] = previous.get(j).key();
				changes[i] = ParagraphChange.MODIFIED;
			}
		}
		List<Matched> matched = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			if (keys[i] == null) {
				keys[i] = newKey.get();
				changes[i] = ParagraphChange.NEW;
			}
			matched.add(new Matched(keys[i], texts.get(i), changes[i]));
		}
		return matched;
	}

	/** Token similarity of two texts, from 0 (nothing shared) to 1 (the same words). */
	public static double similarity(String a, String b) {
		return dice(tokens(a), tokens(b));
	}

	private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
		int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
		int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
		if (sizeA + sizeB == 0) {
			return 1;
		}
		int shared = 0;
		for (Map.Entry<String, Integer> entry : a.entrySet()) {
			shared += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
		}
		return 2.0 * shared / (sizeA + sizeB);
	}

	private static Map<String, Integer> tokens(String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (String token : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (!token.isEmpty()) {
				counts.merge(token, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
