package org.commonground.shared.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.commonground.shared.web.PreferenceLocaleResolver;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends and refreshes the sessions of an account: suspension, a password change and a role
 * change must take effect at once, on every device (a change made on a device keeps that
 * device signed in, remembered login included).
 */
@Component
public class SessionControl {

	private static final Logger log = LoggerFactory.getLogger(SessionControl.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final RememberMeTokens rememberMeTokens;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	SessionControl(FindByIndexNameSessionRepository<? extends Session> sessions, RememberMeTokens rememberMeTokens) {
		this.sessions = sessions;
		this.rememberMeTokens = rememberMeTokens;
	}

	/**
	 * Ends every session and remember-me login of the user, except the session with the
	 * given id (may be {@code null}) and the remember-me login of that session's device.
	 * @return how many sessions were ended
	 */
	public int endSessions(String username, String exceptSessionId) {
		return endSessions(username, exceptSessionId, username);
	}

	/**
	 * Ends every session and remember-me login of the user, except the session with the
	 * given id (may be {@code null}) and the remember-me login of that session's device,
	 * which from now on signs in as {@code renamedTo}: the user's new name (email
	 * address), or the same.
	 * @return how many sessions were ended
	 */
	public int endSessions(String username, String exceptSessionId, String renamedTo) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		int ended = 0;
		String keptSeries = null;
		for (Map.Entry<String, ? extends Session> session : found.entrySet()) {
			if (!session.getKey().equals(exceptSessionId)) {
				this.sessions.deleteById(session.getKey());
				ended++;
			}
			else if (session.getValue().getAttribute(GracefulRememberMeServices.SERIES_ATTRIBUTE) instanceof String s) {
				keptSeries = s;
			}
		}
		this.rememberMeTokens.removeUserTokensExcept(username, keptSeries, renamedTo);
		log.info("Ended {} session(s) of account {}", ended, SafeLog.encode(username));
		return ended;
	}

	/**
	 * Signs a person in whose identity a service has just proven (for example by an
	 * emailed token), under a new session id.
	 */
	public void signIn(UserDetails principal, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		PreferenceLocaleResolver.remember(request, response, context.getAuthentication());
	}

	/**
	 * Replaces the principal of the current request's authentication, for example after
	 * the person changed their display name or language.
	 */
	public void refreshPrincipal(UserDetails principal, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null) {
			return;
		}
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		updated.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		PreferenceLocaleResolver.remember(request, response, updated);
	}

}
