package org.commonground.resource.web;

import jakarta.validation.constraints.NotNull;
import org.commonground.resource.Consent;

import org.springframework.web.multipart.MultipartFile;

/**
 * A new frame of a photo story (multipart): the image, a caption and an alt text per
 * language ({@code caption[sw]}, {@code alt[en]}), the credit and the consent.
 */
public class FrameForm extends FrameTextsForm {

	private MultipartFile file;

	@NotNull(message = "{resource.error.consent}")
	private Consent consent;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public Consent getConsent() {
		return this.consent;
	}

	public void setConsent(Consent consent) {
		this.consent = consent;
	}

}
