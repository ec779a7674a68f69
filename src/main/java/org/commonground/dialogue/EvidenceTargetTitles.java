package org.commonground.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by the modules that own the things a resource can be evidence for
 * (challenges, vision paragraphs, meetings), so that the library names them ("Mercury is
 * sold openly in the market") without depending on those modules (they depend on it).
 * Each implementation answers for its one {@link #target()} with at most one statement
 * whatever the number of keys, and only with what of the viewed dialogue the viewer may
 * see; the caller shows a generic label for the rest.
 */
public interface EvidenceTargetTitles {

	/** The kind of thing this implementation names. */
	EvidenceTarget target();

	/** The titles of those of these things the viewer may see, by key. */
	Map<String, String> titles(DialogueView view, Collection<String> keys);

	/** The keys that are ids (a challenge's, a meeting's); others are left out. */
	static List<Long> ids(Collection<String> keys) {
		return keys.stream().filter((k) -> k != null && k.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
	}

}
