package org.commonground.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The paths gateways post to: {@code /hooks/**}, and {@code /sms/inbound}, the SMS
 * gateway's route in the product's HTTP contract. Gateways are not browsers: each webhook
 * checks a shared secret or a signature on the raw body itself, so these paths carry no
 * CSRF token and their body is not decoded as parameters first.
 */
public final class Webhooks {

	private Webhooks() {
	}

	/** Whether this request is to a webhook's path. */
	public static boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/hooks/") || path.equals("/sms/inbound");
	}

}
