package org.commonground.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves a visitor (nobody signed in, no session) a page rendered before for another
 * visitor, as long as nothing it could show has changed since: rendering the challenge
 * page's fifty comments costs about ten times what a minimal page does (P3,
 * docs/benchmarks.md), and most of its readers are visitors who all get the same bytes.
 * <p>
 * "Nothing has changed" is one number read from the database on every request,
 * {@code page_version}, which a trigger on every table a page can show bumps when a
 * transaction that wrote to it commits (V105); since it is read from the database, an
 * instance serves no page another instance's write made old. A page is kept under the
 * number read before it was rendered, so at worst a page newer than its number is kept,
 * never an older one. Kept per path, query and language; a page is kept only if it
 * answered 200 with HTML and set no cookie other than the CSRF one. The one thing that
 * differs between visitors, the CSRF token in the page's forms (the language switch, the
 * newsletter), is cut out when a page is kept and each visitor's own token is put back
 * when it is served.
 * <p>
 * Runs after Spring Security's filters (which decide who is signed in and hold the CSRF
 * token), for the paths of {@link VisitorPageCacheProperties#paths()}; htmx requests,
 * signed-in people and anyone with a session always get a page rendered for them.
 */
public class VisitorPageCache extends OncePerRequestFilter {

	private static final String CSRF_COOKIE = "XSRF-TOKEN=";

	private final JdbcTemplate jdbc;

	private final LocaleResolver locales;

	private final List<PathPattern> paths;

	private final Cache<String, Page> pages;

	private final boolean enabled;

	private final LongAdder served = new LongAdder();

	public VisitorPageCache(JdbcTemplate jdbc, LocaleResolver locales, VisitorPageCacheProperties properties) {
		this.jdbc = jdbc;
		this.locales = locales;
		this.enabled = properties.enabled();
		this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Page page) -> page.size() + key.length())
			.expireAfterWrite(properties.maxAge())
			.build();
	}

	/**
	 * The path first: asking for the session reads it from the database (Spring Session),
	 * which requests for other paths (CSS, images) would otherwise not do.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.enabled || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		if (this.paths.stream().noneMatch((pattern) -> pattern.matches(path))) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && !(authentication instanceof AnonymousAuthenticationToken))
				|| request.getSession(false) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = this.locales.resolveLocale(request);
		String key = request.getRequestURI() + "?" + request.getQueryString() + "|" + locale.toLanguageTag();
		long version = this.jdbc.queryForObject("select version from page_version where id = 1", Long.class);
		Page kept = this.pages.getIfPresent(key);
		String token = csrfToken(request);
		if (kept != null && kept.version() == version && (token != null || kept.parts().size() == 1)) {
			serve(kept, token, locale, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (keepable(request, rendering)) {
			this.pages.put(key, cut(version, rendering.getContentAsByteArray(), token));
		}
		rendering.copyBodyToResponse();
	}

	/** How many requests were answered with a kept page since the start. */
	public long served() {
		return this.served.sum();
	}

	/** Forgets every kept page (tests that count the statements of a rendered page). */
	public void clear() {
		this.pages.invalidateAll();
	}

	private boolean keepable(HttpServletRequest request, HttpServletResponse rendering) {
		if (rendering.getStatus() != HttpStatus.OK.value() || rendering.getContentType() == null
				|| !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(rendering.getContentType()))
				|| request.getSession(false) != null) {
			return false;
		}
		return rendering.getHeaders(HttpHeaders.SET_COOKIE)
			.stream()
			.allMatch((cookie) -> cookie.startsWith(CSRF_COOKIE));
	}

	private Page cut(long version, byte[] body, String token) {
		String html = new String(body, StandardCharsets.UTF_8);
		List<byte[]> parts = new ArrayList<>();
		int from = 0;
		for (int at = (token != null) ? html.indexOf(token) : -1; at >= 0; at = html.indexOf(token, from)) {
			parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
			from = at + token.length();
		}
		parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
		return new Page(version, parts);
	}

	private void serve(Page page, String csrfToken, Locale locale, HttpServletResponse response) throws IOException {
		byte[] token = (csrfToken != null) ? csrfToken.getBytes(StandardCharsets.UTF_8) : new byte[0];
		response.setStatus(HttpStatus.OK.value());
		response.setContentType("text/html;charset=UTF-8");
		response.setLocale(locale);
		response.setContentLength(page.size() + token.length * (page.parts().size() - 1));
		this.served.increment();
		OutputStream out = response.getOutputStream();
		for (int i = 0; i < page.parts().size(); i++) {
			if (i > 0) {
				out.write(token);
			}
			out.write(page.parts().get(i));
		}
	}

	/**
	 * This request's CSRF token as the page's forms carry it; asking for it saves the
	 * visitor's CSRF cookie when there was none yet.
	 */
	private static String csrfToken(HttpServletRequest request) {
		return (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) ? token.getToken() : null;
	}

	/** A kept page: its bytes around the places of the CSRF token, and its number. */
	private record Page(long version, List<byte[]> parts) {

		int size() {
			return this.parts.stream().mapToInt((part) -> part.length).sum();
		}

	}

}
