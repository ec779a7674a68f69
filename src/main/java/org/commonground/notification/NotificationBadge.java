package org.commonground.notification;

import org.commonground.account.AccountPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unread count in the page header, read by the layout as
 * {@code ${@notificationBadge.unread()}}: one statement, on pages for a signed-in person
 * only.
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
