package org.commonground.comment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commonground.dialogue.RecordedVoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A comment or a reply. Created by {@link CommentRepository#insertOnce}, so that one form
 * token makes one row; edited through this entity, guarded by {@code @Version}.
 */
@Entity
@Table(name = "comment")
public class Comment {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Replies nest this deep: a comment (0), a reply (1), a reply to a reply (2). */
	public static final int MAX_DEPTH = 2;

	/** Longest comment, in characters (the forms and the messages say the same). */
	public static final int MAX_LENGTH = 10000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Column(name = "target_type", nullable = false, length = 20)
	private String targetType;

	@Column(name = "target_id", nullable = false)
	private long targetId;

	@Column(name = "target_anchor", nullable = false, length = 40)
	private String targetAnchor;

	@Column(name = "target_version")
	private Integer targetVersion;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false)
	private int depth;

	/** The account that wrote it (the account module's id, not its entity). */
	@Column(name = "author_id", nullable = false, updatable = false)
	private long authorId;

	/** The author's stakeholder group when writing, passed in by the poster. */
	@Column(name = "author_group_id", nullable = false, updatable = false)
	private long authorGroupId;

	@Column(name = "body_source")
	private String bodySource;

	@Column(name = "body_html")
	private String bodyHtml;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CommentStatus status;

	/**
	 * Its translations as a JSON array (language, html, translator's name), read in the
	 * statement that loads the comment, so that a page of comments takes no other.
	 */
	@Formula("(select jsonb_agg(jsonb_build_object('language', t.language, 'html', t.body_html, 'by', "
			+ "(select a.display_name from account_directory a where a.id = t.translated_by)) order by t.language) "
			+ "from comment_translation t where t.comment_id = id)")
	private String translationsJson;

	/** The language it was written in; set when it is inserted. */
	@Column(nullable = false, length = 5, insertable = false, updatable = false)
	private String language = "en";

	// Changes only through one UPDATE statement per reply (CommentRepository#countReply),
	// so that writing this entity back never overwrites a newer count.
	@Column(name = "reply_count", nullable = false, insertable = false, updatable = false)
	private int replyCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private Instant editedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	// Set by the moderation module through CommentModeration (UPDATE statements only).
	@Column(name = "hidden_at", insertable = false, updatable = false)
	private Instant hiddenAt;

	@Column(name = "hidden_reason", insertable = false, updatable = false)
	private String hiddenReason;

	@Version
	private long version;

	// Set by the meeting module for a contribution recorded on behalf of others (UPDATE
	// statements only, see RecordedVoice).
	@Column(name = "recorded_for", insertable = false, updatable = false)
	private Integer recordedFor;

	@Column(name = "recorded_on", insertable = false, updatable = false)
	private LocalDate recordedOn;

	@Column(name = "recorded_checked", insertable = false, updatable = false)
	private Boolean recordedChecked;

	// How the recorded contribution came in and at which meeting, from the meeting
	// module's published recorded_directory view (ADR 0017), in the statement that loads
	// it.
	@Formula("(select min(r.channel) from recorded_directory r where r.comment_id = id)")
	private String recordedChannel;

	@Formula("(select min(r.meeting_id) from recorded_directory r where r.comment_id = id)")
	private Long recordedMeetingId;

	@Formula("(select min(r.meeting_title) from recorded_directory r where r.comment_id = id)")
	private String recordedMeetingTitle;

	protected Comment() {
	}

	/** Replaces the text, returning the revision that keeps the text it replaced. */
	CommentRevision edit(String source, String html, Instant now) {
		CommentRevision previous = new CommentRevision(this, this.bodySource, this.bodyHtml,
				(this.editedAt != null) ? this.editedAt : this.createdAt, now);
		this.bodySource = source;
		this.bodyHtml = html;
		this.editedAt = now;
		return previous;
	}

	/** Removes the text; the row stays as a placeholder that keeps the replies. */
	void delete(Instant now) {
		this.status = CommentStatus.DELETED;
		this.bodySource = null;
		this.bodyHtml = null;
		this.deletedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public String getTargetType() {
		return this.targetType;
	}

	public long getTargetId() {
		return this.targetId;
	}

	public String getTargetAnchor() {
		return this.targetAnchor;
	}

	public Integer getTargetVersion() {
		return this.targetVersion;
	}

	public CommentTarget target() {
		return new CommentTarget(this.targetType, this.targetId, this.targetAnchor, this.targetVersion);
	}

	public Long getParentId() {
		return this.parentId;
	}

	public int getDepth() {
		return this.depth;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public long getAuthorGroupId() {
		return this.authorGroupId;
	}

	public String getBodySource() {
		return this.bodySource;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public CommentStatus getStatus() {
		return this.status;
	}

	public boolean isVisible() {
		return this.status == CommentStatus.VISIBLE;
	}

	public Instant getHiddenAt() {
		return this.hiddenAt;
	}

	/**
	 * A reason category, or {@code REPORTED} when hidden after reports pending review.
	 */
	public String getHiddenReason() {
		return this.hiddenReason;
	}

	public int getReplyCount() {
		return this.replyCount;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public String getLanguage() {
		return this.language;
	}

	/** Its translations, by language. */
	public List<CommentTranslation> getTranslations() {
		if (this.translationsJson == null || this.translationsJson.isBlank()) {
			return List.of();
		}
		List<CommentTranslation> translations = new ArrayList<>();
		for (JsonNode node : JSON.readTree(this.translationsJson)) {
			translations.add(new CommentTranslation(node.path("language").asString(), node.path("html").asString(),
					nameOrNull(node.path("by").asString(""))));
		}
		return translations;
	}

	/**
	 * Who it was recorded for, when a facilitator recorded it on behalf of others; else
	 * null.
	 */
	public RecordedVoice getRecorded() {
		return RecordedVoice.of(this.recordedFor, this.recordedOn, this.recordedChecked, this.recordedChannel,
				this.recordedMeetingId, this.recordedMeetingTitle);
	}

	/**
	 * A name from the account directory, or {@code null} for an erased account (which has
	 * none left; pages show author.former in the reader's language).
	 */
	private static String nameOrNull(String name) {
		return (name == null || name.isEmpty()) ? null : name;
	}

}
