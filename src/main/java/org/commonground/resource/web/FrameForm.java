package org.commonground.resource.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.resource.Consent;

import org.springframework.web.multipart.MultipartFile;

/**
 * A new frame of a photo story (multipart): the image, a caption and an alt text per
 * language ({@code caption[sw]}, {@code alt[en]}), the credit and the consent.
 */
public class FrameForm {

	private MultipartFile file;

	private Map<String, String> caption = new LinkedHashMap<>();

	private Map<String, String> alt = new LinkedHashMap<>();

	@Size(max = 200, message = "{resource.error.text.size}")
	private String credit;

	@NotNull(message = "{resource.error.consent}")
	private Consent consent;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

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

	public Consent getConsent() {
		return this.consent;
	}

	public void setConsent(Consent consent) {
		this.consent = consent;
	}

}
