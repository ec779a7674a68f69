package org.commonground.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a dialogue's library: a study, publication, blog post, video, audio,
 * dataset, link or photo story. Holds account, group, theme and file ids, never the other
 * modules' entities.
 */
@Entity
@Table(name = "resource")
public class Resource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ResourceKind kind;

	/** The language its title, summary, article and transcript were written in. */
	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary = "";

	@Column(name = "body_source", nullable = false)
	private String bodySource = "";

	@Column(name = "body_html", nullable = false)
	private String bodyHtml = "";

	@Column(nullable = false)
	private String transcript = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private String[] languages = new String[0];

	@Column(nullable = false)
	private String authors = "";

	@Column(nullable = false)
	private String organisation = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "group_ids", nullable = false)
	private Long[] groupIds = new Long[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "theme_ids", nullable = false)
	private Long[] themeIds = new Long[0];

	@Column(nullable = false)
	private String licence = "";

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "file_id")
	private Long fileId;

	@Column(name = "image_alt", nullable = false)
	private String imageAlt = "";

	private String url;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	/**
	 * The member whose suggestion it was, credited on its page; {@code null} for most.
	 */
	@Column(name = "suggested_by")
	private Long suggestedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Resource() {
	}

	Resource(long dialogueId, ResourceDetails details, String language, String bodyHtml, Long fileId, long createdBy,
			Instant now) {
		this.dialogueId = dialogueId;
		this.kind = details.kind();
		describe(details, language, bodyHtml);
		this.fileId = fileId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Replaces what a facilitator said about it (its kind stays); the file only when a
	 * new one is given.
	 */
	void update(ResourceDetails details, String language, String bodyHtml, Long newFileId, Instant now) {
		describe(details, language, bodyHtml);
		if (newFileId != null) {
			this.fileId = newFileId;
		}
		this.updatedAt = now;
	}

	private void describe(ResourceDetails details, String language, String bodyHtml) {
		this.language = language;
		this.title = details.title();
		this.summary = details.summary();
		this.bodySource = details.body();
		this.bodyHtml = bodyHtml;
		this.transcript = details.transcript();
		this.languages = details.languages().toArray(String[]::new);
		this.authors = details.authors();
		this.organisation = details.organisation();
		this.groupIds = details.groupIds().toArray(Long[]::new);
		this.themeIds = details.themeIds().toArray(Long[]::new);
		this.licence = details.licence();
		this.publishedOn = details.publishedOn();
		this.url = details.url();
		this.imageAlt = details.imageAlt();
	}

	void creditSuggester(long accountId) {
		this.suggestedBy = accountId;
	}

	public Long getSuggestedBy() {
		return this.suggestedBy;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public ResourceKind getKind() {
		return this.kind;
	}

	public String getLanguage() {
		return this.language;
	}

	/** Its texts as written, before any translation. */
	public ResourceText original() {
		return new ResourceText(this.language, this.title, this.summary, this.bodyHtml, this.transcript, this.imageAlt,
				null);
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBodySource() {
		return this.bodySource;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public String getTranscript() {
		return this.transcript;
	}

	public List<String> getLanguages() {
		return Arrays.asList(this.languages);
	}

	/**
	 * The languages it can be read in, as the library shows them: the one it is written
	 * in first, then those ticked, each once.
	 */
	public List<String> getReadableLanguages() {
		java.util.Set<String> all = new java.util.LinkedHashSet<>();
		if (this.language != null) {
			all.add(this.language);
		}
		all.addAll(Arrays.asList(this.languages));
		return List.copyOf(all);
	}

	public String getAuthors() {
		return this.authors;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public List<Long> getGroupIds() {
		return Arrays.asList(this.groupIds);
	}

	public List<Long> getThemeIds() {
		return Arrays.asList(this.themeIds);
	}

	public String getLicence() {
		return this.licence;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public Long getFileId() {
		return this.fileId;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public String getUrl() {
		return this.url;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
