/**
 * Notifications: what a person follows (a dialogue, a challenge; members follow what they
 * post in and on automatically), in-app notifications per recipient fed by the other
 * modules' events ({@code @ApplicationModuleListener} with the JDBC event publication
 * registry, so an event survives a crash; each notification is stored once per recipient
 * and event), the inbox and its unread count, email per category (NONE, IMMEDIATE, DAILY,
 * WEEKLY) with daily and weekly digests that take what was not emailed yet (each
 * notification records it) and only what the person may still see, and signed one-click
 * unsubscribe links (RFC 8058). Scheduled work runs once across instances through
 * ShedLock (locks {@code notification-*}). Meetings and minutes: the meeting module's
 * {@code MeetingScheduled} and {@code MinutesPublished} notify the dialogue's followers
 * (category {@link org.commonground.notification.NotificationCategory#MEETINGS}). Public
 * face: {@link org.commonground.notification.Notifications} (inbox, follows),
 * {@link org.commonground.notification.EmailPreferences} (settings, unsubscribe).
 * <p>
 * The newsletter lives here too, because it shares the outbox-writing, the signed
 * unsubscribe tokens and their CSRF exemption: sign-up without an account (double opt-in,
 * a consent record per step), issues by facilitators for their dialogue and by admins for
 * the platform, queued in batches by {@code NewsletterJob} (lock
 * {@code newsletter-batches}, a delivery row per issue and subscriber), and the public
 * archive with its Atom feed. Public face:
 * {@link org.commonground.notification.Newsletters} (readers),
 * {@link org.commonground.notification.NewsletterEditor} (authors). Uses {@code account},
 * {@code dialogue}, {@code comment}, {@code challenge}, {@code vision}, {@code meeting},
 * {@code map} (facilitators told of a member's proposal or dispute of the map, the member
 * of the decision), {@code resource} (the same for links suggested for the library),
 * {@code moderation}, {@code mail}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "account",
		"challenge", "comment", "dialogue", "mail", "map", "meeting", "moderation", "resource", "vision", "shared" })
package org.commonground.notification;
