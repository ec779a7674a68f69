package org.commonground.api.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The site's error attributes, except for a request to the API ({@code /api/v1/...}): its
 * errors that reach the servlet container's error page (an unknown path, a method other
 * than GET, parameters that cannot be decoded) are the API's documented {@code {"status":
 * 404, "error": "not_found"}}, not Spring's default with time and path.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

	static final String PREFIX = "/api/v1/";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
		if (!(uri instanceof String path) || !path.startsWith(PREFIX)) {
			return attributes;
		}
		int status = (attributes.get("status") instanceof Integer code) ? code : 500;
		Map<String, Object> api = new LinkedHashMap<>();
		api.put("status", status);
		api.put("error", code(status));
		return api;
	}

	/** The error's short code: {@code not_found}, {@code method_not_allowed}... */
	static String code(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT) : "error";
	}

}
