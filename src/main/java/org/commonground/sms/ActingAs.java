package org.commonground.sms;

import java.util.function.Supplier;

import org.commonground.account.AccountPrincipal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a step as an SMS participant's account (ADR 0011), so that the other modules'
 * services check and record it as theirs, then puts back whoever was signed in (the
 * facilitator who accepted the text, or nobody for the webhook).
 */
final class ActingAs {

	private ActingAs() {
	}

	static <T> T participant(AccountPrincipal participant, Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(participant, null, participant.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
