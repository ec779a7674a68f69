package org.commonground.dialogue.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

/** The languages a dialogue is held in and the one its texts were written in. */
public class LanguagesForm {

	@NotBlank(message = "{validation.required}")
	private String original;

	private List<String> languages = new ArrayList<>();

	public String getOriginal() {
		return this.original;
	}

	public void setOriginal(String original) {
		this.original = original;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

}
