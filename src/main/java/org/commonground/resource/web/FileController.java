package org.commonground.resource.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.commonground.account.AccountPrincipal;
import org.commonground.resource.ResourceService;
import org.commonground.resource.ResourceService.FileDownload;
import org.commonground.resource.StoredFile;
import org.commonground.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of a dialogue's files, for whoever may read the dialogue (404 for anyone
 * else, whatever the URL). Images are shown inline, every other file is an attachment;
 * the type is the one detected at upload, never sniffed, and nothing in a file can run as
 * a page of the site. A public dialogue's files may be kept by the browser for a day; a
 * members-only dialogue's are never kept (no-store), so that after signing out on a
 * shared phone or in a cyber café nobody finds them in the browser's cache.
 */
@Controller
class FileController {

	/**
	 * For files served inline: no scripts, no plugins, no frames, as a sandboxed origin.
	 */
	static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

	private static final Logger log = LoggerFactory.getLogger(FileController.class);

	private final ResourceService resources;

	FileController(ResourceService resources) {
		this.resources = resources;
	}

	@GetMapping("/dialogues/{slug}/files/{id}")
	ResponseEntity<InputStreamResource> downloadFile(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer) throws java.io.IOException {
		return send(this.resources.download(slug, viewer, id, null));
	}

	@GetMapping("/dialogues/{slug}/files/{id}/{width:[0-9]{1,5}}.jpg")
	ResponseEntity<InputStreamResource> downloadImage(@PathVariable String slug, @PathVariable long id,
			@PathVariable int width, @AuthenticationPrincipal AccountPrincipal viewer) throws java.io.IOException {
		return send(this.resources.download(slug, viewer, id, width));
	}

	private static ResponseEntity<InputStreamResource> send(FileDownload download) throws java.io.IOException {
		StoredFile file = download.file();
		ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(file.getOriginalName(), StandardCharsets.UTF_8)
			.build();
		InputStream content;
		try {
			content = download.content().open();
		}
		catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException ex) {
			// The row is there but its bytes are not (a storage moved or restored without
			// them): the file is no longer available, which is not the site failing.
			log.warn("Stored bytes missing for file {}: {}", file.getId(), ex.getMessage());
			throw new NotFoundException();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", FILE_POLICY)
			.cacheControl(download.cacheable() ? CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate()
					: CacheControl.noStore());
		if (!file.isImage()) {
			response.contentLength(file.getSizeBytes());
		}
		return response.body(new InputStreamResource(content));
	}

}
