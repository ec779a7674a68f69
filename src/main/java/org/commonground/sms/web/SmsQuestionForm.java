package org.commonground.sms.web;

import jakarta.validation.constraints.NotBlank;
import org.commonground.shared.web.TextLength;

/** A stance question on a paragraph of the newest vision version. */
public class SmsQuestionForm {

	@NotBlank(message = "{sms.error.paragraph}")
	private String paragraphKey;

	@NotBlank(message = "{sms.error.question}")
	@TextLength(min = 5, max = 200, message = "{sms.error.question}")
	private String text;

	public String getParagraphKey() {
		return this.paragraphKey;
	}

	public void setParagraphKey(String paragraphKey) {
		this.paragraphKey = paragraphKey;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
