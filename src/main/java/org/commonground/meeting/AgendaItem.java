package org.commonground.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a meeting's agenda, optionally about a challenge or a vision paragraph. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private long meetingId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "challenge_id")
	private Long challengeId;

	@Column(name = "paragraph_key", length = 40)
	private String paragraphKey;

	protected AgendaItem() {
	}

	AgendaItem(long meetingId, int position, String title, Long challengeId, String paragraphKey) {
		this.meetingId = meetingId;
		this.position = position;
		this.title = title;
		this.challengeId = challengeId;
		this.paragraphKey = paragraphKey;
	}

	public Long getId() {
		return this.id;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getChallengeId() {
		return this.challengeId;
	}

	public String getParagraphKey() {
		return this.paragraphKey;
	}

}
