package org.commonground.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.commonground.shared.security.CsrfExemption;

import org.springframework.stereotype.Component;

/**
 * A mail client's one-click unsubscribe (RFC 8058) is a POST without a CSRF token; its
 * signed token is the proof instead. Only {@code POST /unsubscribe} with a genuine token
 * passes.
 */
@Component
class UnsubscribeCsrfExemption implements CsrfExemption {

	private final EmailPreferences preferences;

	UnsubscribeCsrfExemption(EmailPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/unsubscribe").equals(request.getRequestURI())
				&& this.preferences.isGenuine(request.getParameter("token"));
	}

}
