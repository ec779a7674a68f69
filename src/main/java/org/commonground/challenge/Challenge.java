package org.commonground.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonground.dialogue.RecordedVoice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem a member raises in a dialogue. Created by
 * {@link ChallengeRepository#insertOnce} (one per form token); edited through this
 * entity, guarded by {@code @Version}. Counts of endorsements and comments are kept on
 * the row so that the list sorts by them with an index.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	/** The account that raised it (the account module's id, not its entity). */
	@Column(name = "author_id", nullable = false, updatable = false)
	private long authorId;

	/** The author's stakeholder group when raising it, passed in by the poster. */
	@Column(name = "author_group_id", nullable = false, updatable = false)
	private long authorGroupId;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(name = "body_source", nullable = false)
	private String bodySource;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ChallengeStatus status;

	@Column(name = "response_source")
	private String responseSource;

	@Column(name = "response_html")
	private String responseHtml;

	/** The language of the response; null: the challenge's. */
	@Column(name = "response_language")
	private String responseLanguage;

	@Column(name = "responded_by")
	private Long respondedById;

	/**
	 * The responding facilitator's name, read with the row from the account module's
	 * published view (no association, no second statement).
	 */
	@Formula("(select a.display_name from account_directory a where a.id = responded_by)")
	private String responderName;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	@Column(name = "merged_by")
	private Long mergedBy;

	@Column(name = "merged_at")
	private Instant mergedAt;

	// Counts change only through single UPDATE statements (ChallengeRepository), never
	// through this entity: writing the entity back must not overwrite a count that
	// changed since it was read.
	@Column(name = "endorsement_count", nullable = false, insertable = false, updatable = false)
	private int endorsementCount;

	@Column(name = "comment_count", nullable = false, insertable = false, updatable = false)
	private int commentCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	// VISIBLE, HIDDEN or PENDING: set by the moderation module through
	// ChallengeModeration (UPDATE statements only).
	@Column(name = "moderation", nullable = false, insertable = false, updatable = false)
	private String moderation;

	@Column(name = "hidden_at", insertable = false, updatable = false)
	private Instant hiddenAt;

	@Column(name = "hidden_reason", insertable = false, updatable = false)
	private String hiddenReason;

	@Column(name = "comments_locked_at")
	private Instant commentsLockedAt;

	@Column(name = "edited_at")
	private Instant editedAt;

	// Ids of the dialogue module's themes; their labels come from ThemeService.
	@ElementCollection
	@CollectionTable(name = "challenge_theme", joinColumns = @JoinColumn(name = "challenge_id"))
	@Column(name = "theme_id")
	@BatchSize(size = 50)
	private Set<Long> themeIds = new LinkedHashSet<>();

	@Version
	private long version;

	/**
	 * Its translations as a JSON array, read in the statement that loads the challenge,
	 * so that its page takes no other.
	 */
	@Formula("(select jsonb_agg(jsonb_build_object('language', t.language, 'title', t.title, 'body', t.body_html, "
			+ "'response', t.response_html, 'responseOutOfDate', t.response_out_of_date, 'by', "
			+ "(select a.display_name from account_directory a where a.id = t.translated_by)) order by t.language) "
			+ "from challenge_translation t where t.challenge_id = id)")
	private String translationsJson;

	/** The language it was written in; set when it is inserted. */
	@Column(nullable = false, length = 5, insertable = false, updatable = false)
	private String language = "en";

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
	@Formula("(select min(r.channel) from recorded_directory r where r.kind = 'CHALLENGE' and r.challenge_id = id)")
	private String recordedChannel;

	@Formula("(select min(r.meeting_id) from recorded_directory r where r.kind = 'CHALLENGE' and r.challenge_id = id)")
	private Long recordedMeetingId;

	@Formula("(select min(r.meeting_title) from recorded_directory r where r.kind = 'CHALLENGE' and r.challenge_id = id)")
	private String recordedMeetingTitle;

	protected Challenge() {
	}

	/** Replaces the text, returning the revision that keeps the text it replaced. */
	ChallengeRevision edit(String newTitle, String source, String html, Set<Long> newThemeIds, Instant now) {
		ChallengeRevision previous = new ChallengeRevision(this, this.title, this.bodySource, this.bodyHtml,
				(this.editedAt != null) ? this.editedAt : this.createdAt, now);
		this.title = newTitle;
		this.bodySource = source;
		this.bodyHtml = html;
		retheme(newThemeIds);
		this.editedAt = now;
		return previous;
	}

	void retheme(Set<Long> newThemeIds) {
		this.themeIds.clear();
		this.themeIds.addAll(newThemeIds);
	}

	void respond(ChallengeStatus newStatus, String source, String html, String language, long facilitatorId,
			Instant now) {
		this.status = newStatus;
		boolean changed = !java.util.Objects.equals(source, this.responseSource);
		this.responseSource = source;
		this.responseHtml = html;
		this.responseLanguage = (source != null) ? language : null;
		if (source == null) {
			this.respondedById = null;
			this.respondedAt = null;
		}
		else if (changed) {
			this.respondedById = facilitatorId;
			this.respondedAt = now;
		}
	}

	void mergeInto(Challenge target, long facilitatorId, Instant now) {
		this.status = ChallengeStatus.MERGED;
		this.mergedIntoId = target.getId();
		this.mergedBy = facilitatorId;
		this.mergedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public long getAuthorGroupId() {
		return this.authorGroupId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBodySource() {
		return this.bodySource;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public ChallengeStatus getStatus() {
		return this.status;
	}

	/** Everyone may see it (not hidden by a moderator, not waiting for approval). */
	public boolean isShown() {
		return "VISIBLE".equals(this.moderation);
	}

	public boolean isHidden() {
		return "HIDDEN".equals(this.moderation);
	}

	/** Waiting for a moderator's approval (pre-moderation). */
	public boolean isPending() {
		return "PENDING".equals(this.moderation);
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

	/** When a moderator locked its discussion, or {@code null} if it is open. */
	public Instant getCommentsLockedAt() {
		return this.commentsLockedAt;
	}

	public boolean isLocked() {
		return this.commentsLockedAt != null;
	}

	void lockComments(Instant now) {
		this.commentsLockedAt = now;
	}

	void unlockComments() {
		this.commentsLockedAt = null;
	}

	public boolean isMerged() {
		return this.status == ChallengeStatus.MERGED;
	}

	public String getResponseSource() {
		return this.responseSource;
	}

	public String getResponseHtml() {
		return this.responseHtml;
	}

	public Long getRespondedById() {
		return this.respondedById;
	}

	public String getResponderName() {
		return this.responderName;
	}

	public Instant getRespondedAt() {
		return this.respondedAt;
	}

	public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	public int getEndorsementCount() {
		return this.endorsementCount;
	}

	public int getCommentCount() {
		return this.commentCount;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

	public boolean isEdited() {
		return this.editedAt != null;
	}

	public Set<Long> getThemeIds() {
		return this.themeIds;
	}

	public long getVersion() {
		return this.version;
	}

	public String getLanguage() {
		return this.language;
	}

	/** The language the response is written in (the challenge's, for older responses). */
	public String getResponseLanguage() {
		return (this.responseLanguage != null) ? this.responseLanguage : this.language;
	}

	/** Its translations, by language. */
	public List<ChallengeTranslation> getTranslations() {
		if (this.translationsJson == null || this.translationsJson.isBlank()) {
			return List.of();
		}
		List<ChallengeTranslation> translations = new ArrayList<>();
		for (JsonNode node : JSON.readTree(this.translationsJson)) {
			translations.add(new ChallengeTranslation(node.path("language").asString(), node.path("title").asString(""),
					node.path("body").asString(""), node.path("response").asString(""),
					nameOrNull(node.path("by").asString("")), node.path("responseOutOfDate").asBoolean(false)));
		}
		return translations;
	}

	/**
	 * Its translation into {@code language} where that has a title, or {@code null} (none
	 * into its own language): pages and lists title it in the reader's language with it.
	 */
	public ChallengeTranslation titleTranslation(String language) {
		if (language == null || language.equals(this.language)) {
			return null;
		}
		return getTranslations().stream()
			.filter((t) -> t.language().equals(language) && !t.title().isEmpty())
			.findFirst()
			.orElse(null);
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
