package org.commonground.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The evidence beside a challenge, a vision paragraph or a meeting, from every
 * {@link EvidenceSource}: one statement per source for a whole page, whatever the number
 * of keys; none when nothing is asked for or no module keeps evidence.
 */
@Component
public class DialogueEvidence {

	private final List<EvidenceSource> sources;

	DialogueEvidence(List<EvidenceSource> sources) {
		this.sources = sources;
	}

	/** The evidence for one thing of the viewed dialogue. */
	public List<EvidenceLink> of(DialogueView view, EvidenceTarget target, String key) {
		return of(view, target, List.of(key)).getOrDefault(key, List.of());
	}

	/** The evidence for several things of the viewed dialogue, by key. */
	public Map<String, List<EvidenceLink>> of(DialogueView view, EvidenceTarget target, Collection<String> keys) {
		if (keys.isEmpty() || this.sources.isEmpty()) {
			return Map.of();
		}
		if (this.sources.size() == 1) {
			return this.sources.get(0).evidence(view, target, keys);
		}
		Map<String, List<EvidenceLink>> all = new HashMap<>();
		for (EvidenceSource source : this.sources) {
			source.evidence(view, target, keys)
				.forEach((key, links) -> all.computeIfAbsent(key, (k) -> new ArrayList<>()).addAll(links));
		}
		return all;
	}

}
