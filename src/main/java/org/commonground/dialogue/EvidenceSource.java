package org.commonground.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by the module that keeps a dialogue's library, so that the pages of
 * challenges, vision paragraphs and meetings show the resources linked to them as
 * evidence without depending on that module (it depends on them). Each implementation
 * answers with at most one statement whatever the number of keys, and only with what
 * belongs to the viewed dialogue, which the caller has already found readable.
 */
public interface EvidenceSource {

	/**
	 * The evidence for each of these things of the dialogue, by key (absent when none).
	 */
	Map<String, List<EvidenceLink>> evidence(DialogueView view, EvidenceTarget target, Collection<String> keys);

}
