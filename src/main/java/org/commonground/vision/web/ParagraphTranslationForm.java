package org.commonground.vision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translations of a version's paragraphs into one language, by paragraph key. */
public class ParagraphTranslationForm {

	private Map<String, String> texts = new LinkedHashMap<>();

	/**
	 * Keys of paragraphs whose translation of an earlier wording the facilitator checked
	 * and found to fit the new one.
	 */
	private List<String> confirmed = new ArrayList<>();

	public List<String> getConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(List<String> confirmed) {
		this.confirmed = confirmed;
	}

	public Map<String, String> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, String> texts) {
		this.texts = texts;
	}

}
