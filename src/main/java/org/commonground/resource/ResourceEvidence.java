package org.commonground.resource;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceLink;
import org.commonground.dialogue.EvidenceSource;
import org.commonground.dialogue.EvidenceTarget;

import org.springframework.stereotype.Component;

/**
 * The library's resources beside the challenges, vision paragraphs and meetings they are
 * evidence for ("Evidence: IIED 2018 study on mercury use, p. 12"): one statement per
 * page, only the viewed dialogue's own links, so nothing of a members-only dialogue shows
 * anywhere else.
 */
@Component
class ResourceEvidence implements EvidenceSource {

	private final ResourceService resources;

	ResourceEvidence(ResourceService resources) {
		this.resources = resources;
	}

	@Override
	public Map<String, List<EvidenceLink>> evidence(DialogueView view, EvidenceTarget target, Collection<String> keys) {
		String base = "/dialogues/" + view.dialogue().getSlug() + "/resources/";
		Map<String, List<EvidenceLink>> byKey = new LinkedHashMap<>();
		this.resources.evidence(view, LinkTarget.valueOf(target.name()), keys)
			.forEach((key, found) -> byKey.put(key,
					found.stream()
						.map((e) -> new EvidenceLink(base + e.resourceId(), e.title(), e.locator()))
						.toList()));
		return byKey;
	}

}
