package org.commonground.vision.web;

/**
 * The working text, saved or published: {@code text} (Markdown; blank lines separate
 * paragraphs), {@code changeSummary} when publishing, and the draft version the
 * facilitator started from.
 */
public class VisionTextForm {

	private String text;

	private String changeSummary;

	private Long version;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getChangeSummary() {
		return this.changeSummary;
	}

	public void setChangeSummary(String changeSummary) {
		this.changeSummary = changeSummary;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
