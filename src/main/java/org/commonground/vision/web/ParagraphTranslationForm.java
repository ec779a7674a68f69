package org.commonground.vision.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Translations of a version's paragraphs into one language, by paragraph key. */
public class ParagraphTranslationForm {

	private Map<String, String> texts = new LinkedHashMap<>();

	public Map<String, String> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, String> texts) {
		this.texts = texts;
	}

}
