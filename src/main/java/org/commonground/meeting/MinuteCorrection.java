package org.commonground.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recorded correction of published minutes: an item's original text (the earlier
 * wording is kept here), or the minutes' original language (no item, no wording), with
 * the facilitator's reason.
 */
@Entity
@Table(name = "minute_correction")
public class MinuteCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "minutes_id", nullable = false, updatable = false)
	private long minutesId;

	@Column(name = "item_id", updatable = false)
	private Long itemId;

	@Column(name = "earlier_language", nullable = false, length = 2, updatable = false)
	private String earlierLanguage;

	@Column(name = "earlier_source", updatable = false)
	private String earlierSource;

	@Column(name = "earlier_html", updatable = false)
	private String earlierHtml;

	@Column(nullable = false, length = 300, updatable = false)
	private String reason;

	@Column(name = "corrected_by", updatable = false)
	private Long correctedBy;

	@Column(name = "corrected_at", nullable = false, updatable = false)
	private Instant correctedAt;

	protected MinuteCorrection() {
	}

	private MinuteCorrection(long minutesId, Long itemId, String earlierLanguage, String earlierSource,
			String earlierHtml, String reason, long correctedBy, Instant now) {
		this.minutesId = minutesId;
		this.itemId = itemId;
		this.earlierLanguage = earlierLanguage;
		this.earlierSource = earlierSource;
		this.earlierHtml = earlierHtml;
		this.reason = reason;
		this.correctedBy = correctedBy;
		this.correctedAt = now;
	}

	static MinuteCorrection ofText(long minutesId, MinuteText earlier, String reason, long by, Instant now) {
		return new MinuteCorrection(minutesId, earlier.getItemId(), earlier.getLanguage(), earlier.getSource(),
				earlier.getHtml(), reason, by, now);
	}

	static MinuteCorrection ofLanguage(long minutesId, String earlierLanguage, String reason, long by, Instant now) {
		return new MinuteCorrection(minutesId, null, earlierLanguage, null, null, reason, by, now);
	}

	public Long getId() {
		return this.id;
	}

	public long getMinutesId() {
		return this.minutesId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getEarlierLanguage() {
		return this.earlierLanguage;
	}

	public String getEarlierSource() {
		return this.earlierSource;
	}

	/**
	 * The earlier wording's HTML, sanitized by the MarkdownRenderer when it was written.
	 */
	public String getEarlierHtml() {
		return this.earlierHtml;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

}
