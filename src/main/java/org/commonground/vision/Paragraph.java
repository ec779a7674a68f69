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

/**
 * A paragraph of a version: its Markdown source, the sanitized HTML rendered from it
 * once, and the key it shares with its forms in other versions.
 */
@Entity
@Table(name = "vision_paragraph")
public class Paragraph {

	/** A Markdown ATX heading: one to six #, a space, and no further line. */
	private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("#{1,6}[ \t][^\n]*");

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

}
