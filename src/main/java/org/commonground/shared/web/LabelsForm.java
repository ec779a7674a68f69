package org.commonground.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Admin form to add or rename a labelled item (stakeholder group, theme) in the five
 * languages. English is required; the other languages fall back to English when empty.
 */
public class LabelsForm {

	@Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "{admin.labels.error.code}")
	private String code;

	private Map<String, String> labels = new LinkedHashMap<>();

	private boolean active = true;

	public static LabelsForm of(LabelledItem item) {
		LabelsForm form = new LabelsForm();
		form.code = item.code();
		form.labels = new LinkedHashMap<>(item.labels());
		form.active = item.active();
		return form;
	}

	/** The labels given, trimmed, without empty ones. */
	public Map<String, String> cleanLabels() {
		Map<String, String> clean = new LinkedHashMap<>();
		for (String language : SupportedLanguages.CODES) {
			String label = this.labels.get(language);
			if (label != null && !label.isBlank()) {
				clean.put(language, label.strip());
			}
		}
		return clean;
	}

	/** A message key for the first problem with the labels, or {@code null}. */
	public String labelProblem() {
		Map<String, String> clean = cleanLabels();
		if (!clean.containsKey("en")) {
			return "admin.labels.error.english";
		}
		return clean.values().stream().anyMatch((label) -> label.length() > 80) ? "admin.labels.error.too-long" : null;
	}

	/**
	 * The language of the field where {@link #labelProblem()} lies: English when it is
	 * missing, else the first name that is too long; {@code null} without a problem.
	 */
	public String problemLanguage() {
		Map<String, String> clean = cleanLabels();
		if (!clean.containsKey("en")) {
			return "en";
		}
		return clean.entrySet()
			.stream()
			.filter((label) -> label.getValue().length() > 80)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	public LabelledItem toItem() {
		return new LabelledItem(this.code, cleanLabels(), this.active);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	@Size(max = 5)
	public Map<String, String> getLabels() {
		return this.labels;
	}

	public void setLabels(Map<String, String> labels) {
		this.labels = labels;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
