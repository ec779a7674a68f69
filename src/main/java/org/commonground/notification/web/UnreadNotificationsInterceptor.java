package org.commonground.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.notification.NotificationBadge;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the header's unread count into the model of every page
 * ({@code unreadNotifications}) after the controller and before the view renders. The
 * layout never asks the database while it writes: a database that goes away during a page
 * then answers the 503 page instead of a page cut off after its first bytes (seen in the
 * cluster drill when the header read the count mid-page).
 */
@Component
class UnreadNotificationsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String MODEL_NAME = "unreadNotifications";

	private final NotificationBadge badge;

	UnreadNotificationsInterceptor(NotificationBadge badge) {
		this.badge = badge;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")
				&& !view.getViewName().startsWith("forward:")) {
			view.addObject(MODEL_NAME, this.badge.unread());
		}
	}

}
