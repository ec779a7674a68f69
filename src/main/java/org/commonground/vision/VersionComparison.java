package org.commonground.vision;

import java.time.ZoneId;
import org.commonground.shared.web.Zoned;

import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueView;

/**
 * Two versions and the difference between them.
 *
 * @param original the language the vision is written in
 * @param shown the language asked for: paragraphs with an up-to-date translation into it
 * are compared in it
 * @param languages the language each paragraph is compared in, by key
 */
public record VersionComparison(DialogueView view, DraftVersion from, DraftVersion to, List<VersionDiff.Entry> entries,
		String original, String shown, Map<String, String> languages) implements Zoned {

	/** The dialogue's time zone: the page's times are shown in it. */
	@Override
	public ZoneId zone() {
		return this.view.zone();
	}

	/** The language a paragraph is compared in. */
	public String languageOf(String key) {
		return this.languages.getOrDefault(key, this.original);
	}

	/** Whether some paragraphs are compared in a translation. */
	public boolean translated() {
		return !this.shown.equals(this.original) && this.languages.containsValue(this.shown);
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
