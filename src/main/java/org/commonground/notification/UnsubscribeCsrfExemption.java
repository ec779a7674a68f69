package org.commonground.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.commonground.shared.security.CsrfExemption;

import org.springframework.stereotype.Component;

/**
 * A mail client's one-click unsubscribe (RFC 8058) is a POST without a CSRF token; its
 * signed token is the proof instead. Only {@code POST /unsubscribe} and
 * {@code POST /newsletter/unsubscribe} with a genuine token of their kind pass.
 */
@Component
class UnsubscribeCsrfExemption implements CsrfExemption {

	private final EmailPreferences preferences;

	private final Newsletters newsletters;

	UnsubscribeCsrfExemption(EmailPreferences preferences, Newsletters newsletters) {
		this.preferences = preferences;
		this.newsletters = newsletters;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return false;
		}
		String uri = request.getRequestURI();
		String token = request.getParameter("token");
		if ((request.getContextPath() + "/unsubscribe").equals(uri)) {
			return this.preferences.isGenuine(token);
		}
		return (request.getContextPath() + "/newsletter/unsubscribe").equals(uri)
				&& this.newsletters.isUnsubscribeToken(token);
	}

}
