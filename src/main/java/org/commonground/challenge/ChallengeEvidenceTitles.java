package org.commonground.challenge;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.commonground.dialogue.DialogueView;
import org.commonground.dialogue.EvidenceTarget;
import org.commonground.dialogue.EvidenceTargetTitles;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The titles of the dialogue's challenges that everyone may see, for the resources that
 * are evidence for them. One statement.
 */
@Component
class ChallengeEvidenceTitles implements EvidenceTargetTitles {

	private final ChallengeTranslations challenges;

	ChallengeEvidenceTitles(ChallengeTranslations challenges) {
		this.challenges = challenges;
	}

	@Override
	public EvidenceTarget target() {
		return EvidenceTarget.CHALLENGE;
	}

	@Override
	public Map<String, String> titles(DialogueView view, Collection<String> keys) {
		Map<String, String> titles = new HashMap<>();
		this.challenges.refs(view, EvidenceTargetTitles.ids(keys), LocaleContextHolder.getLocale().getLanguage())
			.forEach((id, ref) -> titles.put(Long.toString(id), ref.title()));
		return titles;
	}

}
