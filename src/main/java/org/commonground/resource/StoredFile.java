package org.commonground.resource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An uploaded file of one dialogue. An image is kept only as re-encoded JPEGs, one per
 * width ({@code <key>-<width>.jpg}); any other file as it came ({@code <key>}).
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

	/**
	 * The kinds of file people may upload ({@link FileIntake#ALLOWED}), by content type,
	 * as the suffixes of their labels' message keys ({@code resource.file.kind.<kind>}).
	 */
	static final Map<String, String> KINDS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("image/jpeg", "jpeg"), Map.entry("image/png", "png"), Map.entry("image/gif", "gif"),
			Map.entry("image/bmp", "bmp"), Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg-audio"),
			Map.entry("audio/vorbis", "ogg-audio"), Map.entry("audio/opus", "opus"), Map.entry("audio/x-wav", "wav"),
			Map.entry("audio/vnd.wave", "wav"), Map.entry("audio/mp4", "m4a"), Map.entry("video/mp4", "mp4"),
			Map.entry("video/quicktime", "quicktime"), Map.entry("video/webm", "webm"),
			Map.entry("application/ogg", "ogg"), Map.entry("text/plain", "text"), Map.entry("text/csv", "csv"),
			Map.entry("application/zip", "zip"), Map.entry("application/json", "json"));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false)
	private long dialogueId;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "widths")
	private Integer[] widths;

	private Integer width;

	private Integer height;

	@Column(name = "uploaded_by", nullable = false)
	private long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	// Photos of workshop cards and flip charts: only the dialogue's facilitators see
	// them, never through the library's download address.
	@Column(name = "facilitators_only", nullable = false)
	private boolean facilitatorsOnly;

	protected StoredFile() {
	}

	StoredFile(long dialogueId, String storageKey, String contentType, long sizeBytes, String originalName,
			List<Integer> widths, Integer width, Integer height, long uploadedBy, Instant uploadedAt) {
		this.dialogueId = dialogueId;
		this.storageKey = storageKey;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.originalName = originalName;
		this.widths = (widths != null) ? widths.toArray(Integer[]::new) : null;
		this.width = width;
		this.height = height;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	/** Keeps the file for the dialogue's facilitators only. */
	void restrictToFacilitators() {
		this.facilitatorsOnly = true;
	}

	public boolean isFacilitatorsOnly() {
		return this.facilitatorsOnly;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public boolean isImage() {
		return this.widths != null && this.widths.length > 0;
	}

	/**
	 * What kind of file it is, as the suffix of its label's message key
	 * ({@code resource.file.kind.<kind>}), or {@code null} for a type without a label.
	 */
	public String getKind() {
		return KINDS.get(this.contentType);
	}

	/**
	 * What to call a file of a type without a label: its name's extension in upper case
	 * ("DOCX"), else its content type's subtype ("X-MSDOWNLOAD").
	 */
	public String getExtension() {
		String name = (this.originalName != null) ? this.originalName : "";
		int dot = name.lastIndexOf('.');
		String extension = (dot >= 0 && dot < name.length() - 1) ? name.substring(dot + 1)
				: this.contentType.substring(this.contentType.indexOf('/') + 1);
		return extension.toUpperCase(Locale.ROOT);
	}

	public boolean isPdf() {
		return "application/pdf".equals(this.contentType);
	}

	/** The widths an image is kept in, ascending; empty for other files. */
	public List<Integer> getWidths() {
		return (this.widths != null) ? Arrays.asList(this.widths) : List.of();
	}

	public Integer getWidth() {
		return this.width;
	}

	public Integer getHeight() {
		return this.height;
	}

	/** The height of the image at the given width, for the {@code height} attribute. */
	public int heightAt(int atWidth) {
		return (this.width == null || this.width == 0) ? 0
				: (int) Math.round((double) this.height * atWidth / this.width);
	}

	/** The smallest kept width: what a phone on a slow link gets first. */
	public int getSmallestWidth() {
		return this.widths[0];
	}

	/** The {@code srcset} of an image: its path in each kept width. */
	public String srcset(String slug) {
		StringBuilder srcset = new StringBuilder();
		for (Integer w : getWidths()) {
			if (!srcset.isEmpty()) {
				srcset.append(", ");
			}
			srcset.append("/dialogues/")
				.append(slug)
				.append("/files/")
				.append(this.id)
				.append('/')
				.append(w)
				.append(".jpg ")
				.append(w)
				.append('w');
		}
		return srcset.toString();
	}

	/** The storage key of one variant: the image in one width, or the file itself. */
	String keyOf(Integer variantWidth) {
		return (variantWidth == null) ? this.storageKey : this.storageKey + "-" + variantWidth + ".jpg";
	}

}
