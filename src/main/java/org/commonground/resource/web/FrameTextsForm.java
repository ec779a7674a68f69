package org.commonground.resource.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A frame's texts as a facilitator corrects or completes them: a caption and an alt text
 * per language ({@code caption[sw]}, {@code alt[en]}) and the credit.
 */
public class FrameTextsForm {

	private Map<String, String> caption = new LinkedHashMap<>();

	private Map<String, String> alt = new LinkedHashMap<>();

	@Size(max = 200, message = "{resource.error.text.size}")
	private String credit;

	public Map<String, String> getCaption() {
		return this.caption;
	}

	public void setCaption(Map<String, String> caption) {
		this.caption = caption;
	}

	public Map<String, String> getAlt() {
		return this.alt;
	}

	public void setAlt(Map<String, String> alt) {
		this.alt = alt;
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = credit;
	}

}
