package org.commonground.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A minute item's text in one language: Markdown and its sanitized HTML. */
@Entity
@Table(name = "minute_item_text")
public class MinuteText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id", nullable = false, updatable = false)
	private long itemId;

	@Column(nullable = false, length = 2, updatable = false)
	private String language;

	@Column(nullable = false)
	private String source;

	@Column(nullable = false)
	private String html;

	@Column(name = "out_of_date", nullable = false)
	private boolean outOfDate;

	protected MinuteText() {
	}

	MinuteText(long itemId, String language, String source, String html) {
		this.itemId = itemId;
		this.language = language;
		this.source = source;
		this.html = html;
	}

	void rewrite(String source, String html) {
		this.source = source;
		this.html = html;
		this.outOfDate = false;
	}

	/**
	 * Whether this language version was written before the item's original text was
	 * corrected, and not written again since.
	 */
	public boolean isOutOfDate() {
		return this.outOfDate;
	}

	public long getItemId() {
		return this.itemId;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getSource() {
		return this.source;
	}

	public String getHtml() {
		return this.html;
	}

}
