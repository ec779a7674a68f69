package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/** Two versions and the difference between them. */
public record VersionComparison(DialogueView view, DraftVersion from, DraftVersion to,
		List<VersionDiff.Entry> entries) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	public long count(VersionDiff.Kind kind) {
		return this.entries.stream().filter((e) -> e.kind() == kind).count();
	}

	public long added() {
		return count(VersionDiff.Kind.ADDED);
	}

	public long removed() {
		return count(VersionDiff.Kind.REMOVED);
	}

	public long modified() {
		return count(VersionDiff.Kind.MODIFIED);
	}

	public long moved() {
		return this.entries.stream().filter(VersionDiff.Entry::moved).count();
	}

}
