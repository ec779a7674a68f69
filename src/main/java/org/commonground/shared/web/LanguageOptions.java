package org.commonground.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the languages of the switcher and the path it returns to; an error
 * page also the page the person came from.
 */
@ControllerAdvice
class LanguageOptions {

	private static final List<Option> LANGUAGES = SupportedLanguages.CODES.stream()
		.map((code) -> new Option(code, SupportedLanguages.nativeName(code)))
		.toList();

	@ModelAttribute("languages")
	List<Option> languages() {
		return LANGUAGES;
	}

	/**
	 * Adds the switcher's attributes to a model that does not get them (an exception
	 * handler's).
	 */
	static void addTo(org.springframework.ui.Model model, HttpServletRequest request) {
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("returnPath", path(request));
	}

	@ModelAttribute("returnPath")
	String returnPath(HttpServletRequest request) {
		return path(request);
	}

	/**
	 * On an error page, the page of this site the person came from (the Referer, when it
	 * is of this site), so that the page can lead back to it; null elsewhere.
	 */
	@ModelAttribute("backPath")
	String backPath(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null) {
			return null;
		}
		String page = samePage(request);
		// Never "//host/...", which a browser reads as another site.
		return (page != null && !page.startsWith("//") && page.indexOf('\\') < 0) ? page : null;
	}

	private static String path(HttpServletRequest request) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (errorPath != null) {
			return "/";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		if (!"GET".equals(request.getMethod())) {
			// A form shown again after a post: its address may answer posts only, so go
			// back to the page the form was on (same site only), where there is one.
			String page = samePage(request);
			return (page != null) ? page : path;
		}
		return (query != null) ? path + "?" + query : path;
	}

	private static String samePage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
					|| uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? uri.getRawPath() + "?" + uri.getRawQuery() : uri.getRawPath();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
