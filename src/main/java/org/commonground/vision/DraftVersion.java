package org.commonground.vision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** A published, immutable, numbered version of a vision, as a list of paragraphs. */
@Entity
@Table(name = "vision_version")
public class DraftVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "draft_id", nullable = false)
	private long draftId;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Column(nullable = false)
	private int number;

	@Column(name = "change_summary", nullable = false, length = 500)
	private String changeSummary;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false, updatable = false)
	private long publishedById;

	/**
	 * The publishing facilitator's name, read with the row from the account module's
	 * published view (no association, no second statement).
	 */
	@Formula("(select a.display_name from account_directory a where a.id = published_by)")
	private String publisherName;

	@OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<Paragraph> paragraphs = new ArrayList<>();

	protected DraftVersion() {
	}

	DraftVersion(VisionDraft draft, int number, String changeSummary, long publishedById, Instant publishedAt) {
		this.draftId = draft.getId();
		this.dialogueId = draft.getDialogueId();
		this.number = number;
		this.changeSummary = changeSummary;
		this.publishedById = publishedById;
		this.publishedAt = publishedAt;
	}

	void add(Paragraph paragraph) {
		this.paragraphs.add(paragraph);
	}

	public Long getId() {
		return this.id;
	}

	public long getDraftId() {
		return this.draftId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getChangeSummary() {
		return this.changeSummary;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public long getPublishedById() {
		return this.publishedById;
	}

	public String getPublisherName() {
		return this.publisherName;
	}

	/**
	 * The number a reader sees for a paragraph: its place among the paragraphs that are
	 * not headings (0 for a heading).
	 */
	public int textNumber(Paragraph paragraph) {
		if (paragraph.isHeading()) {
			return 0;
		}
		int number = 0;
		for (Paragraph p : this.paragraphs) {
			if (!p.isHeading()) {
				number++;
			}
			if (p == paragraph || p.getKey().equals(paragraph.getKey())) {
				return number;
			}
		}
		return number;
	}

	public List<Paragraph> getParagraphs() {
		return this.paragraphs;
	}

}
