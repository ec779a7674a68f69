package org.commonground.notification;

import org.commonground.account.AccountPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The unread count in the page header: one statement, for a signed-in person only. Put
 * into each page's model by {@code web.UnreadNotificationsInterceptor} before the view
 * renders. A part of the page that read the count already (the challenge page's follow
 * box, with its own question) leaves it with {@link #remember(long)}, and it is not read
 * again.
 */
@Component("notificationBadge")
public class NotificationBadge {

	private static final String READ = NotificationBadge.class.getName() + ".unread";

	private final NotificationStore store;

	NotificationBadge(NotificationStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public long unread() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return 0;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object read = (request != null) ? request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST) : null;
		return (read instanceof Long count) ? count : this.store.unreadCount(principal.getId());
	}

	/** The unread count of this request's signed-in person, read with something else. */
	static void remember(long unread) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(READ, unread, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
