package org.commonground.vision;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.commonground.vision.ParagraphMatcher.Matched;
import org.commonground.vision.ParagraphMatcher.Previous;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphMatcherTest {

	private static final String FORMAL = "By 2030 every artisanal miner in Geita holds a licence that was issued within three months of asking.";

	private static final String MERCURY = "No gold is processed with mercury: retorts and gravity tables are shared at every processing site.";

	private static final String SAFETY = "Pits are timbered, inspected each season and nobody under eighteen works underground.";

	private static final String PRICES = "Miners are paid the world price minus a published fee, weighed on certified scales.";

	private final List<Previous> version1 = List.of(new Previous("p1", FORMAL), new Previous("p2", MERCURY),
			new Previous("p3", SAFETY));

	@Test
	void splitsOnBlankLinesAndKeepsHeadingsAsParagraphs() {
		assertThat(ParagraphMatcher.split("# Our vision\r\n\r\nFirst line\nsame paragraph\n\n\n  \nSecond\n"))
			.containsExactly("# Our vision", "First line\nsame paragraph", "Second");
		assertThat(ParagraphMatcher.split("  ")).isEmpty();
	}

	@Test
	void unchangedParagraphsKeepTheirKeys() {
		assertThat(match(List.of(FORMAL, MERCURY, SAFETY))).extracting(Matched::key, Matched::change)
			.containsExactly(tuple("p1", ParagraphChange.UNCHANGED), tuple("p2", ParagraphChange.UNCHANGED),
					tuple("p3", ParagraphChange.UNCHANGED));
	}

	@Test
	void anEditedParagraphKeepsItsKeyMarkedModified() {
		String edited = FORMAL.replace("three months", "ninety days").replace("every", "each");
		assertThat(ParagraphMatcher.similarity(FORMAL, edited)).isGreaterThan(ParagraphMatcher.SIMILAR);
		assertThat(match(List.of(edited, MERCURY, SAFETY))).extracting(Matched::key, Matched::change)
			.containsExactly(tuple("p1", ParagraphChange.MODIFIED), tuple("p2", ParagraphChange.UNCHANGED),
					tuple("p3", ParagraphChange.UNCHANGED));
	}

	@Test
	void movedAndReorderedParagraphsKeepTheirKeys() {
		assertThat(match(List.of(SAFETY, FORMAL, MERCURY))).extracting(Matched::key).containsExactly("p3", "p1", "p2");
		String editedMercury = MERCURY.replace("shared", "owned together");
		assertThat(match(List.of(editedMercury, SAFETY, FORMAL))).extracting(Matched::key, Matched::change)
			.containsExactly(tuple("p2", ParagraphChange.MODIFIED), tuple("p3", ParagraphChange.UNCHANGED),
					tuple("p1", ParagraphChange.UNCHANGED));
	}

	@Test
	void aNewParagraphAndARewriteGetNewKeysAndADeletedKeyEnds() {
		String rewritten = "Women run a third of the processing sites and sit on every licensing committee.";
		assertThat(ParagraphMatcher.similarity(SAFETY, rewritten)).isLessThan(ParagraphMatcher.SIMILAR);
		assertThat(match(List.of(FORMAL, PRICES, rewritten))).extracting(Matched::key, Matched::change)
			.containsExactly(tuple("p1", ParagraphChange.UNCHANGED), tuple("n1", ParagraphChange.NEW),
					tuple("n2", ParagraphChange.NEW));
	}

	@Test
	void whenAParagraphIsSplitThePartMostLikeItKeepsTheKey() {
		String first = "By 2030 every artisanal miner in Geita holds a licence";
		String second = "that was issued within three months of asking, at the district office.";
		List<Matched> matched = match(List.of(first, second, MERCURY, SAFETY));
		assertThat(matched).extracting(Matched::key).containsExactly("p1", "n1", "p2", "p3");
		assertThat(matched.get(0).change()).isEqualTo(ParagraphChange.MODIFIED);
		assertThat(matched.get(1).change()).isEqualTo(ParagraphChange.NEW);
	}

	@Test
	void whenTwoParagraphsAreMergedTheResultKeepsTheKeyOfTheOneItIsMostLike() {
		String merged = MERCURY + " " + SAFETY.substring(0, 30);
		List<Matched> matched = match(List.of(FORMAL, merged));
		assertThat(matched).extracting(Matched::key, Matched::change)
			.containsExactly(tuple("p1", ParagraphChange.UNCHANGED), tuple("p2", ParagraphChange.MODIFIED));
	}

	@Test
	void similarityIgnoresCaseMarkdownAndPunctuationAndWorksInEveryScript() {
		assertThat(ParagraphMatcher.similarity("**Mercury**, free!", "mercury free")).isEqualTo(1.0);
		assertThat(ParagraphMatcher.similarity("Zebaki haitumiki tena", "zebaki haitumiki tena kabisa"))
			.isGreaterThan(0.8);
		assertThat(ParagraphMatcher.similarity("Ouro sem mercúrio", "Gold without mercury")).isZero();
	}

	@Test
	void theFirstVersionGivesEveryParagraphANewKey() {
		assertThat(ParagraphMatcher.match(List.of(), List.of(FORMAL, MERCURY), counter()))
			.extracting(Matched::key, Matched::change)
			.containsExactly(tuple("n1", ParagraphChange.NEW), tuple("n2", ParagraphChange.NEW));
	}

	private List<Matched> match(List<String> texts) {
		return ParagraphMatcher.match(this.version1, texts, counter());
	}

	private static java.util.function.Supplier<String> counter() {
		AtomicInteger next = new AtomicInteger();
		return () -> "n" + next.incrementAndGet();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
