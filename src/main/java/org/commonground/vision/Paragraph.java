package org.commonground.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Formula;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paragraph of a version: its Markdown source, the sanitized HTML rendered from it
 * once, and the key it shares with its forms in other versions.
 */
@Entity
@Table(name = "vision_paragraph")
public class Paragraph {

	/** A Markdown ATX heading: one to six #, a space, and no further line. */
	private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("#{1,6}[ \t][^\n]*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "version_id")
	private DraftVersion version;

	@Column(nullable = false)
	private int position;

	@Column(name = "paragraph_key", nullable = false, length = 12)
	private String key;

	@Column(nullable = false)
	private boolean heading;

	@Column(nullable = false)
	private String source;

	@Column(nullable = false)
	private String html;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ParagraphChange change;

	/**
	 * Its translations as a JSON array (language, source, html, out of date), read in the
	 * statement that loads the paragraph, so that no page asks for them separately (issue
	 * 15). jsonb, not json: the version queries select {@code distinct}.
	 */
	@Formula("(select jsonb_agg(jsonb_build_object('language', t.language, 'source', t.source, 'html', t.html, "
			+ "'outOfDate', exists (select 1 from vision_translation_out_of_date o "
			+ "where o.paragraph_id = t.paragraph_id and o.language = t.language)) order by t.language) "
			+ "from vision_paragraph_translation t where t.paragraph_id = id)")
	private String translationsJson;

	@Transient
	private java.util.Map<String, ParagraphTranslation> translations;

	protected Paragraph() {
	}

	Paragraph(DraftVersion version, int position, String key, String source, String html, ParagraphChange change) {
		this.version = version;
		this.position = position;
		this.key = key;
		this.heading = HEADING.matcher(source).matches();
		this.source = source;
		this.html = html;
		this.change = change;
	}

	Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public String getKey() {
		return this.key;
	}

	public boolean isHeading() {
		return this.heading;
	}

	public String getSource() {
		return this.source;
	}

	public String getHtml() {
		return this.html;
	}

	public ParagraphChange getChange() {
		return this.change;
	}

	/** Its translations, by language. */
	public java.util.Map<String, ParagraphTranslation> getTranslations() {
		if (this.translations == null) {
			java.util.Map<String, ParagraphTranslation> read = new java.util.LinkedHashMap<>();
			if (this.translationsJson != null && !this.translationsJson.isBlank()) {
				for (JsonNode node : JSON.readTree(this.translationsJson)) {
					String language = node.path("language").asString();
					read.put(language, new ParagraphTranslation(language, node.path("source").asString(),
							node.path("html").asString(), node.path("outOfDate").asBoolean(false)));
				}
			}
			this.translations = java.util.Collections.unmodifiableMap(read);
		}
		return this.translations;
	}

	/** Its translation into a language, or {@code null} when it has none. */
	public ParagraphTranslation translationInto(String language) {
		return getTranslations().get(language);
	}

}
