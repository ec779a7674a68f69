package org.commonground.vision;

import java.util.List;

import org.commonground.vision.VersionDiff.Change;
import org.commonground.vision.VersionDiff.Entry;
import org.commonground.vision.VersionDiff.Kind;
import org.commonground.vision.VersionDiff.Segment;
import org.commonground.vision.VersionDiff.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDiffTest {

	@Test
	void findsAddedRemovedModifiedAndMovedParagraphsByKey() {
		List<Text> from = List.of(new Text("a", "Licences in three months."), new Text("b", "No mercury."),
				new Text("c", "Safe pits."), new Text("d", "Fair prices."));
		List<Text> to = List.of(new Text("c", "Safe pits."), new Text("a", "Licences in ninety days."),
				new Text("d", "Fair prices."), new Text("e", "Women on every committee."));
		List<Entry> diff = VersionDiff.compare(from, to);
		assertThat(diff).extracting(Entry::key, Entry::kind, Entry::moved)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("c", Kind.UNCHANGED, true),
					org.assertj.core.groups.Tuple.tuple("a", Kind.MODIFIED, false),
					org.assertj.core.groups.Tuple.tuple("b", Kind.REMOVED, false),
					org.assertj.core.groups.Tuple.tuple("d", Kind.UNCHANGED, false),
					org.assertj.core.groups.Tuple.tuple("e", Kind.ADDED, false));
		assertThat(diff.get(3).changed()).isFalse();
		assertThat(diff.get(0).changed()).isTrue();
	}

	@Test
	void marksTheWordsThatChanged() {
		assertThat(VersionDiff.words("Licences in three months.", "Licences in ninety days.")).containsExactly(
				new Segment(Change.SAME, "Licences in "), new Segment(Change.DELETED, "three months."),
				new Segment(Change.INSERTED, "ninety days."));
		assertThat(VersionDiff.words("No mercury at all.", "No mercury, at all.")).containsExactly(
				new Segment(Change.SAME, "No "), new Segment(Change.DELETED, "mercury"),
				new Segment(Change.INSERTED, "mercury,"), new Segment(Change.SAME, " at all."));
	}

}
