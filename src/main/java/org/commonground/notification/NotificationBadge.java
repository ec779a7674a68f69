package org.commonground.notification;

import org.commonground.account.AccountPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unread count in the page header: one statement, for a signed-in person only. Put
 * into each page's model by {@code web.UnreadNotificationsInterceptor} before the view
 * renders.
 */
@Component("notificationBadge")
public class NotificationBadge {

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
		return this.store.unreadCount(principal.getId());
	}

}
