/**
 * The notification pages: inbox, email settings and follows, follow and unfollow, and the
 * unsubscribe page with its one-click POST.
 */
package org.commonground.notification.web;
