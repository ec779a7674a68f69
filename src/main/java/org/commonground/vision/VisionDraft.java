package org.commonground.vision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A dialogue's vision: the working text its facilitators edit ({@code @Version} guards it
 * against two facilitators overwriting each other) and the counter that makes paragraph
 * keys.
 */
@Entity
@Table(name = "vision_draft")
public class VisionDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, unique = true)
	private long dialogueId;

	@Column(name = "working_text", nullable = false)
	private String workingText = "";

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "next_key", nullable = false)
	private int nextKey = 1;

	@Version
	private long version;

	protected VisionDraft() {
	}

	VisionDraft(long dialogueId) {
		this.dialogueId = dialogueId;
	}

	void edit(String text, long accountId, Instant now) {
		this.workingText = text;
		this.updatedBy = accountId;
		this.updatedAt = now;
	}

	/** A paragraph key never used before in this draft. */
	String newKey() {
		return "p" + this.nextKey++;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public String getWorkingText() {
		return this.workingText;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
