package org.commonground.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commonground.shared.web.TimeZones;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.commonground.shared.web.Zoned;

/**
 * A dialogue session. Edited by its facilitators; {@code @Version} guards concurrent
 * edits.
 */
@Entity
@Table(name = "dialogue")
public class Dialogue implements Zoned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 90)
	private String slug;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 300)
	private String summary;

	@Column(name = "description_source", nullable = false)
	private String descriptionSource = "";

	@Column(name = "description_html", nullable = false)
	private String descriptionHtml = "";

	@Column(length = 120)
	private String location;

	@Column(length = 2)
	private String country;

	/** The IANA time zone every time of the dialogue is shown in. */
	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone = TimeZones.DEFAULT.getId();

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private DialogueStatus status = DialogueStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private Visibility visibility = Visibility.PUBLIC;

	@Enumerated(EnumType.STRING)
	@Column(name = "join_policy", nullable = false, length = 10)
	private JoinPolicy joinPolicy = JoinPolicy.OPEN;

	@Column(name = "pseudonymity_allowed", nullable = false)
	private boolean pseudonymityAllowed;

	@ManyToMany
	@JoinTable(name = "dialogue_theme", joinColumns = @JoinColumn(name = "dialogue_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	@OrderBy("sortOrder")
	private Set<Theme> themes = new LinkedHashSet<>();

	/** Ids of the stakeholder groups (the account module's) the dialogue expects. */
	@ElementCollection
	@CollectionTable(name = "dialogue_expected_group", joinColumns = @JoinColumn(name = "dialogue_id"))
	@Column(name = "stakeholder_group_id")
	private Set<Long> expectedGroupIds = new LinkedHashSet<>();

	/** The language its title, summary and description were written in. */
	@Column(name = "original_language", nullable = false, length = 5)
	private String originalLanguage = "en";

	/** The languages the dialogue is held in, the original's first. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private String[] languages = { "en" };

	/** Facilitators' translations of the title, summary and description. */
	@ElementCollection
	@CollectionTable(name = "dialogue_translation", joinColumns = @JoinColumn(name = "dialogue_id"))
	private Set<DialogueText> translations = new LinkedHashSet<>();

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/** The token of the form that made it, unique per creator (see V115). */
	@Column(name = "form_token", length = 40)
	private String formToken;

	protected Dialogue() {
	}

	Dialogue(String slug, long createdBy, Instant now) {
		this(slug, createdBy, now, null);
	}

	Dialogue(String slug, long createdBy, Instant now, String formToken) {
		this.slug = slug;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.formToken = formToken;
	}

	void describe(DialogueDetails details, String descriptionHtml, Set<Theme> themes, Instant now) {
		this.title = details.title().strip();
		this.summary = details.summary().strip();
		this.descriptionSource = (details.description() != null) ? details.description() : "";
		this.descriptionHtml = descriptionHtml;
		this.location = blankToNull(details.location());
		this.country = blankToNull(details.country());
		ZoneId chosen = TimeZones.parse(details.timeZone());
		this.timeZone = ((chosen != null) ? chosen : TimeZones.forCountry(this.country)).getId();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.visibility = details.visibility();
		this.joinPolicy = details.joinPolicy();
		this.pseudonymityAllowed = details.pseudonymityAllowed();
		this.themes.clear();
		this.themes.addAll(themes);
		this.updatedAt = now;
	}

	void expectGroups(Set<Long> groupIds, Instant now) {
		this.expectedGroupIds.clear();
		this.expectedGroupIds.addAll(groupIds);
		this.updatedAt = now;
	}

	void changeStatus(DialogueStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	/**
	 * Declares the languages the dialogue is held in; translations into languages it no
	 * longer has are kept (and come back if the language does).
	 */
	void holdIn(String original, List<String> languages, Instant now) {
		List<String> all = new ArrayList<>();
		all.add(original);
		languages.stream().filter((l) -> !l.equals(original)).distinct().forEach(all::add);
		this.originalLanguage = original;
		this.languages = all.toArray(String[]::new);
		this.updatedAt = now;
	}

	/** Adds or replaces the translation into a language of the dialogue. */
	void translate(DialogueText translation, Instant now) {
		this.translations.remove(translation);
		this.translations.add(translation);
		this.updatedAt = now;
	}

	public String getOriginalLanguage() {
		return this.originalLanguage;
	}

	/** The languages the dialogue is held in, the original's first. */
	public List<String> getLanguages() {
		return List.of(this.languages);
	}

	/** The original title, summary and description. */
	public DialogueText original() {
		return new DialogueText(this.originalLanguage, this.title, this.summary, this.descriptionSource,
				this.descriptionHtml, null, null);
	}

	/** The translation into a language of the dialogue, if there is one. */
	public Optional<DialogueText> translation(String language) {
		if (language == null || language.equals(this.originalLanguage)
				|| !Arrays.asList(this.languages).contains(language)) {
			return Optional.empty();
		}
		return this.translations.stream().filter((t) -> t.getLanguage().equals(language)).findFirst();
	}

	/**
	 * The text in this language where it exists (original or translation), else the
	 * original.
	 */
	public DialogueText text(String language) {
		return translation(language).orElseGet(this::original);
	}

	/**
	 * The languages it is held in other than the original: those it is translated into.
	 */
	public List<String> translationLanguages() {
		return Arrays.stream(this.languages).filter((l) -> !l.equals(this.originalLanguage)).toList();
	}

	/** The languages its text can be read in: the original's first, then translations. */
	public List<String> textLanguages() {
		List<String> readable = new ArrayList<>();
		readable.add(this.originalLanguage);
		for (String language : this.languages) {
			if (translation(language).isPresent()) {
				readable.add(language);
			}
		}
		return readable;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
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

	/** Sanitized HTML rendered from the Markdown source when it was saved. */
	public String getDescriptionHtml() {
		return this.descriptionHtml;
	}

	public String getLocation() {
		return this.location;
	}

	public String getCountry() {
		return this.country;
	}

	/** The zone every time of the dialogue is shown in (its country's unless chosen). */
	public ZoneId getTimeZone() {
		return ZoneId.of(this.timeZone);
	}

	@Override
	public ZoneId zone() {
		return getTimeZone();
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public DialogueStatus getStatus() {
		return this.status;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public JoinPolicy getJoinPolicy() {
		return this.joinPolicy;
	}

	public boolean isPseudonymityAllowed() {
		return this.pseudonymityAllowed;
	}

	public Set<Theme> getThemes() {
		return this.themes;
	}

	public Set<Long> getExpectedGroupIds() {
		return this.expectedGroupIds;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** Whether members may contribute (post, comment, join) now. */
	public boolean isOpen() {
		return this.status == DialogueStatus.OPEN;
	}

	/**
	 * Whether it is closed or archived: kept for the record, with nothing new added to it
	 * (no contributions, meetings or attendance; a draft is still being prepared).
	 */
	public boolean isEnded() {
		return this.status == DialogueStatus.CLOSED || this.status == DialogueStatus.ARCHIVED;
	}

}
