package org.commonground.shared.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the languages of the switcher and the path it returns to. */
@ControllerAdvice
class LanguageOptions {

	private static final List<Option> LANGUAGES = SupportedLanguages.CODES.stream()
		.map((code) -> new Option(code, SupportedLanguages.nativeName(code)))
		.toList();

	@ModelAttribute("languages")
	List<Option> languages() {
		return LANGUAGES;
	}

	@ModelAttribute("returnPath")
	String returnPath(HttpServletRequest request) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (errorPath != null) {
			return "/";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return (query != null && "GET".equals(request.getMethod())) ? path + "?" + query : path;
	}

}
