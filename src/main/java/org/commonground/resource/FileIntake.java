package org.commonground.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes an upload in: its type is detected from its first bytes with Apache Tika (never
 * from its name or the browser's claim) and must be one of {@link #ALLOWED}; images are
 * re-encoded by {@link ImageProcessor}; the bytes go to {@link FileStorage}, the record
 * to the database. If the transaction rolls back, the stored bytes are removed again.
 */
@Component
class FileIntake {

	/** The types people may upload, as detected; images among them are re-encoded. */
	static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp", "application/pdf",
			"audio/mpeg", "audio/ogg", "audio/vorbis", "audio/opus", "audio/x-wav", "audio/vnd.wave", "audio/mp4",
			"video/mp4", "video/quicktime", "video/webm", "application/ogg", "text/plain", "text/csv",
			"application/zip", "application/json");

	static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp");

	/**
	 * The extensions a download of each allowed type may be named with, the usual one
	 * first: a name ending otherwise (notes.html for a text, fdp.exe for a PDF) gets the
	 * usual one, so a file opened from the downloads folder opens as what it is.
	 */
	private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
			Map.entry("application/pdf", List.of("pdf")), Map.entry("audio/mpeg", List.of("mp3")),
			Map.entry("audio/ogg", List.of("ogg", "oga", "opus")), Map.entry("audio/vorbis", List.of("ogg", "oga")),
			Map.entry("audio/opus", List.of("opus", "ogg")), Map.entry("audio/x-wav", List.of("wav")),
			Map.entry("audio/vnd.wave", List.of("wav")), Map.entry("audio/mp4", List.of("m4a", "mp4", "aac")),
			Map.entry("video/mp4", List.of("mp4", "m4v")), Map.entry("video/quicktime", List.of("mov")),
			Map.entry("video/webm", List.of("webm")), Map.entry("application/ogg", List.of("ogg", "ogv", "oga")),
			Map.entry("text/plain", List.of("txt", "text", "md")), Map.entry("text/csv", List.of("csv")),
			Map.entry("application/zip", List.of("zip")), Map.entry("application/json", List.of("json")));

	private static final int DETECTION_BYTES = 64 * 1024;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Tika tika = new Tika();

	private final ImageProcessor images;

	private final FileStorage storage;

	private final StoredFileRepository files;

	private final Clock clock;

	private final FileProperties properties;

	FileIntake(ImageProcessor images, FileStorage storage, StoredFileRepository files, Clock clock,
			FileProperties properties) {
		this.properties = properties;
		this.images = images;
		this.storage = storage;
		this.files = files;
		this.clock = clock;
	}

	/** The type of the content, detected from its bytes alone. */
	String detect(byte[] content) {
		byte[] head = (content.length > DETECTION_BYTES) ? java.util.Arrays.copyOf(content, DETECTION_BYTES) : content;
		return this.tika.detect(head);
	}

	/**
	 * Keeps an upload of the dialogue.
	 * @param imageOnly whether only an image will do (a photo story's frame, a blog
	 * post's picture)
	 * @throws ResourceRuleException {@code resource.error.too-large} if it is larger than
	 * {@code app.files.max-size}; {@code resource.error.file-type} if the content is not
	 * an allowed type, {@code resource.error.image-type} if it is not a readable image
	 * where only one will do; {@code resource.error.too-many-pixels} (its megapixels and
	 * the most allowed) if it is a picture with more pixels than can be used
	 */
	StoredFile accept(long dialogueId, long uploaderId, String originalName, byte[] content, boolean imageOnly) {
		requireAllowedSize(content.length);
		String type = detect(content);
		boolean image = IMAGES.contains(type);
		String wrongType = imageOnly ? "resource.error.image-type" : "resource.error.file-type";
		if (!ALLOWED.contains(type) || (imageOnly && !image)) {
			throw new ResourceRuleException(wrongType, "file");
		}
		String key = newKey();
		Instant now = this.clock.instant();
		String name = cleanName(originalName);
		try {
			if (image) {
				ImageProcessor.ProcessedImage processed;
				try {
					processed = this.images.process(content);
				}
				catch (ImageProcessor.TooManyPixelsException ex) {
					throw new ResourceRuleException("resource.error.too-many-pixels", "file", ex.megapixels(),
							ImageProcessor.MAX_PIXELS / 1_000_000);
				}
				catch (IOException ex) {
					throw new ResourceRuleException(wrongType, "file");
				}
				long size = 0;
				List<Integer> widths = new ArrayList<>();
				for (Map.Entry<Integer, byte[]> variant : processed.variants().entrySet()) {
					write(key + "-" + variant.getKey() + ".jpg", variant.getValue());
					widths.add(variant.getKey());
					size = variant.getValue().length;
				}
				return this.files.save(new StoredFile(dialogueId, key, "image/jpeg", size, nameFor(name, "image/jpeg"),
						widths, processed.width(), processed.height(), uploaderId, now));
			}
			write(key, content);
			return this.files.save(new StoredFile(dialogueId, key, type, content.length, nameFor(name, type), null,
					null, null, uploaderId, now));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Refuses an upload larger than {@code app.files.max-size}, before anything reads it.
	 * @throws ResourceRuleException {@code resource.error.too-large}, at the file field
	 */
	void requireAllowedSize(long size) {
		long max = this.properties.maxSize().toBytes();
		if (size > max) {
			throw new ResourceRuleException("resource.error.too-large", "file", sizeLabel(max));
		}
	}

	/**
	 * "20 MB", "1.5 MB", "300 KB" in the reader's units and decimal sign ("1,5 Mo"): a
	 * message argument that the message source resolves in the reader's language.
	 */
	static MessageSourceResolvable sizeLabel(long bytes) {
		long kb = (bytes + 1023) / 1024;
		if (kb < 1024) {
			return new DefaultMessageSourceResolvable(new String[] { "resource.size.kb" }, new Object[] { kb },
					kb + " KB");
		}
		double mb = bytes / (1024.0 * 1024.0);
		return new DefaultMessageSourceResolvable(new String[] { "resource.size.mb" }, new Object[] { mb }, mb + " MB");
	}

	private void write(String key, byte[] content) throws IOException {
		this.storage.write(key, content);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							FileIntake.this.storage.delete(key);
						}
						catch (IOException ex) {
							// An orphaned file is harmless: no record points to it.
						}
					}
				}
			});
		}
	}

	private static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String hex = HexFormat.of().formatHex(bytes);
		return hex.substring(0, 2) + "/" + hex;
	}

	/**
	 * The file's own name without any path, control, format (such as the bidirectional
	 * overrides that show "exe.pdf" for "fdp.exe") or quote characters.
	 */
	static String cleanName(String name) {
		String base = (name == null) ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|*?:]", "").strip();
		if (base.isEmpty() || base.startsWith(".")) {
			base = "file" + base;
		}
		return (base.length() > 150) ? base.substring(base.length() - 150) : base;
	}

	/**
	 * The name a download of the type gets: the cleaned name, its extension replaced by
	 * the type's usual one unless it is one of the type's (images are kept as JPEGs, so
	 * they end in .jpg). A last part that is no extension ("v1.2 final") is kept.
	 */
	static String nameFor(String name, String type) {
		List<String> allowed = EXTENSIONS.getOrDefault(type, List.of("jpg"));
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot + 1) : "";
		if (allowed.contains(extension.toLowerCase(java.util.Locale.ROOT))) {
			return name;
		}
		String base = extension.matches("(?=.*[A-Za-z])[A-Za-z0-9]{1,5}") ? name.substring(0, dot) : name;
		return base + "." + allowed.get(0);
	}

}
