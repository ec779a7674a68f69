package org.commonground.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A point discussed or decided at a meeting, optionally leading to a challenge or a
 * vision paragraph. Its texts, one per language, are {@link MinuteText}s.
 */
@Entity
@Table(name = "minute_item")
public class MinuteItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "minutes_id", nullable = false, updatable = false)
	private long minutesId;

	@Column(nullable = false)
	private int position;

	@Column(name = "challenge_id")
	private Long challengeId;

	@Column(name = "paragraph_key", length = 40)
	private String paragraphKey;

	protected MinuteItem() {
	}

	MinuteItem(long minutesId, int position, Long challengeId, String paragraphKey) {
		this.minutesId = minutesId;
		this.position = position;
		this.challengeId = challengeId;
		this.paragraphKey = paragraphKey;
	}

	public Long getId() {
		return this.id;
	}

	public long getMinutesId() {
		return this.minutesId;
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	public Long getChallengeId() {
		return this.challengeId;
	}

	public String getParagraphKey() {
		return this.paragraphKey;
	}

}
