package org.commonground.dialogue;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A dialogue's title, summary and description in one language: the original, or a
 * facilitator's translation of it (which never replaces the original).
 */
@Embeddable
public class DialogueText {

	@Column(nullable = false, length = 5)
	private String language;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 300)
	private String summary;

	@Column(name = "description_source", nullable = false)
	private String descriptionSource = "";

	@Column(name = "description_html", nullable = false)
	private String descriptionHtml = "";

	/** Who translated it ({@code null} for the original). */
	@Column(name = "translated_by")
	private Long translatedBy;

	@Column(name = "translated_at")
	private Instant translatedAt;

	protected DialogueText() {
	}

	DialogueText(String language, String title, String summary, String descriptionSource, String descriptionHtml,
			Long translatedBy, Instant translatedAt) {
		this.language = language;
		this.title = title;
		this.summary = summary;
		this.descriptionSource = descriptionSource;
		this.descriptionHtml = descriptionHtml;
		this.translatedBy = translatedBy;
		this.translatedAt = translatedAt;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getDescriptionSource() {
		return this.descriptionSource;
	}

	/**
	 * Sanitized HTML, rendered from the Markdown source by MarkdownRenderer when saved.
	 */
	public String getDescriptionHtml() {
		return this.descriptionHtml;
	}

	public Instant getTranslatedAt() {
		return this.translatedAt;
	}

	/** Whether this is a translation rather than the original. */
	public boolean isTranslation() {
		return this.translatedBy != null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DialogueText text && Objects.equals(this.language, text.language);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.language);
	}

}
