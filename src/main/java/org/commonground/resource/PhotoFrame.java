package org.commonground.resource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One frame of a photo story: its image, a caption and an alt text per language, the
 * credit and the consent of the people shown.
 */
@Entity
@Table(name = "photo_frame")
public class PhotoFrame {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false)
	private long resourceId;

	@Column(nullable = false)
	private int position;

	@Column(name = "file_id", nullable = false)
	private long fileId;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private Map<String, String> captions = new HashMap<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "alt_texts", nullable = false, columnDefinition = "jsonb")
	private Map<String, String> altTexts = new HashMap<>();

	@Column(nullable = false)
	private String credit = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Consent consent;

	protected PhotoFrame() {
	}

	PhotoFrame(long resourceId, int position, long fileId, Map<String, String> captions, Map<String, String> altTexts,
			String credit, Consent consent) {
		this.resourceId = resourceId;
		this.position = position;
		this.fileId = fileId;
		this.captions = new HashMap<>(captions);
		this.altTexts = new HashMap<>(altTexts);
		this.credit = (credit != null) ? credit.strip() : "";
		this.consent = consent;
	}

	/** Replaces its captions, alt texts and credit (its image and consent stay). */
	void edit(Map<String, String> newCaptions, Map<String, String> newAltTexts, String newCredit) {
		this.captions = new HashMap<>(newCaptions);
		this.altTexts = new HashMap<>(newAltTexts);
		this.credit = (newCredit != null) ? newCredit.strip() : "";
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	/** The caption written in this language, or {@code ""}. */
	public String captionIn(String language) {
		return this.captions.getOrDefault(language, "");
	}

	/** The alt text written in this language, or {@code ""}. */
	public String altTextIn(String language) {
		return this.altTexts.getOrDefault(language, "");
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public long getFileId() {
		return this.fileId;
	}

	public String getCredit() {
		return this.credit;
	}

	public Consent getConsent() {
		return this.consent;
	}

	/** The caption in the reader's language, else in English, else any. */
	public String caption(Locale locale) {
		return inLanguage(this.captions, locale);
	}

	/** The alt text in the reader's language, else in English, else any. */
	public String altText(Locale locale) {
		return inLanguage(this.altTexts, locale);
	}

	/** Whether the caption is in the reader's language (else the page marks its lang). */
	public String captionLanguage(Locale locale) {
		return languageOf(this.captions, locale);
	}

	/**
	 * The language of {@link #altText(Locale)} (the image marks its lang where it is not
	 * the reader's); {@code null} without an alt text.
	 */
	public String altTextLanguage(Locale locale) {
		return languageOf(this.altTexts, locale);
	}

	static String inLanguage(Map<String, String> texts, Locale locale) {
		String language = languageOf(texts, locale);
		return (language != null) ? texts.get(language) : "";
	}

	private static String languageOf(Map<String, String> texts, Locale locale) {
		String wanted = (locale != null) ? locale.getLanguage() : "en";
		if (hasText(texts, wanted)) {
			return wanted;
		}
		if (hasText(texts, "en")) {
			return "en";
		}
		return texts.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && !e.getValue().isBlank())
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElse(null);
	}

	private static boolean hasText(Map<String, String> texts, String language) {
		String text = texts.get(language);
		return text != null && !text.isBlank();
	}

}
