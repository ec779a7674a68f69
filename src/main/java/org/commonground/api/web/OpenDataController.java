package org.commonground.api.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.commonground.api.ApiProperties;
import org.commonground.api.OpenDataNightly;
import org.commonground.shared.security.RateLimiter;
import org.commonground.shared.web.RateLimitExceededException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /dialogues/{slug}/open-data.zip}: a public dialogue's open data (404 for any
 * other), the archive made last night (or at once, the first time) with its date; a
 * matching {@code If-None-Match} answers 304. Counts against the client's API limit.
 */
@Controller
class OpenDataController {

	private final OpenDataNightly archives;

	private final RateLimiter limiter;

	private final ApiProperties properties;

	OpenDataController(OpenDataNightly archives, RateLimiter limiter, ApiProperties properties) {
		this.archives = archives;
		this.limiter = limiter;
		this.properties = properties;
	}

	@GetMapping("/dialogues/{slug}/open-data.zip")
	ResponseEntity<byte[]> download(@PathVariable String slug, HttpServletRequest request) {
		Duration wait = this.limiter.tryConsume(ApiClientFilter.LIMIT_NAME, this.properties.ratePerClient(),
				ApiClientFilter.addressSubject(request.getRemoteAddr()));
		if (!wait.isZero()) {
			throw new RateLimitExceededException(wait);
		}
		OpenDataNightly.Kept archive = this.archives.latest(slug);
		CacheControl cache = CacheControl.maxAge(this.properties.maxAge()).cachePublic();
		if (new ServletWebRequest(request).checkNotModified(archive.etag())) {
			return ResponseEntity.status(304).eTag(archive.etag()).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.eTag(archive.etag())
			.cacheControl(cache)
			.lastModified(archive.generatedAt())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + "-open-data.zip").build().toString())
			.body(archive.bytes());
	}

}
