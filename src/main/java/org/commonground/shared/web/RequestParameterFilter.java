package org.commonground.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.shared.security.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Refuses with 400 (the site's error page) any request whose parameters, names or values,
 * hold a NUL character or bytes that are not valid UTF-8 (which the server decodes to
 * U+FFFD, or fails to decode). Such text can only be an attack or a broken client;
 * PostgreSQL refuses NUL in text, so without this check it came back as a 500 with a
 * stack trace. A multipart form larger than the servlet container's limits (set well
 * above {@code app.files.max-size}) is answered with 413 and its page in the person's
 * language: its fields, the CSRF token among them, could not be read, so it used to end
 * as a 403. One log line per refusal.
 */
class RequestParameterFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestParameterFilter.class);

	/** Set by Tomcat when it could not decode the parameters. */
	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	/**
	 * Webhooks read and verify their raw body before anything decodes it as parameters
	 * (which would consume it); they check its text themselves.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return Webhooks.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		IllegalStateException tooLarge = isMultipart(request) ? tooLarge(request) : null;
		if (tooLarge != null) {
			log.info("Refused {} {} from {}: multipart body of {} bytes over the upload limit", request.getMethod(),
					SafeLog.encode(request.getRequestURI()), SafeLog.encode(request.getRemoteAddr()),
					request.getContentLengthLong());
			// As the error's cause, it stops the DispatcherServlet reading the parts
			// again for the error page (that would fail and leave an empty response).
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
					new MaxUploadSizeExceededException(request.getContentLengthLong(), tooLarge));
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		String bad = badParameter(request);
		if (bad != null) {
			log.warn("Refused {} {} from {}: parameter {} is not valid text", request.getMethod(),
					SafeLog.encode(request.getRequestURI()), SafeLog.encode(request.getRemoteAddr()),
					SafeLog.encode(bad));
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * The container's refusal to read the parts because the body or a file is over its
	 * limits (Tomcat's {@code SizeException}s, the number of parts among them), or
	 * {@code null}.
	 */
	private static IllegalStateException tooLarge(HttpServletRequest request) {
		try {
			request.getParts();
			return null;
		}
		catch (IllegalStateException ex) {
			for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
				String name = cause.getClass().getSimpleName();
				if (name.endsWith("SizeException") || name.endsWith("LimitExceededException")) {
					return ex;
				}
			}
			return null;
		}
		catch (ServletException | IOException ex) {
			return null;
		}
	}

	/** The name of the first parameter that is not valid text, or {@code null}. */
	private static String badParameter(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			return "(undecodable)";
		}
		if (request.getAttribute(PARSE_FAILED) != null) {
			return "(undecodable)";
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!valid(parameter.getKey())) {
				return parameter.getKey();
			}
			for (String value : parameter.getValue()) {
				if (!valid(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	private static boolean valid(String text) {
		return text == null || (text.indexOf('\u0000') < 0 && text.indexOf('\uFFFD') < 0);
	}

}
