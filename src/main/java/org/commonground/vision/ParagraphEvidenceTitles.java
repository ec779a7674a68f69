package org.commonground.vision;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceTarget;
import org.commonground.dialogue.EvidenceTargetTitles;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The start of the text of the newest version's paragraphs, for the resources that are
 * evidence for them, in the reader's language where facilitators translated them. One
 * statement (none for no keys).
 */
@Component
class ParagraphEvidenceTitles implements EvidenceTargetTitles {

	private final VisionService visions;

	ParagraphEvidenceTitles(VisionService visions) {
		this.visions = visions;
	}

	@Override
	public EvidenceTarget target() {
		return EvidenceTarget.VISION_PARAGRAPH;
	}

	@Override
	public Map<String, String> titles(DialogueView view, Collection<String> keys) {
		Map<String, String> titles = new HashMap<>();
		if (keys.isEmpty()) {
			return titles;
		}
		Set<String> wanted = Set.copyOf(keys);
		for (ParagraphRef paragraph : this.visions.newestParagraphs(view,
				LocaleContextHolder.getLocale().getLanguage())) {
			if (wanted.contains(paragraph.key())) {
				titles.put(paragraph.key(), paragraph.excerpt());
			}
		}
		return titles;
	}

}
