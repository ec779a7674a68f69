/**
 * Outgoing email. With {@code spring.mail.host} set, each message is kept in the
 * outbound-email table (the outbox) until the SMTP server accepts it, retried with
 * backoff, sent once across instances, and can be sent again by an admin after it failed;
 * otherwise each message is stored and logged, so that a demo works without a mail
 * server. Admins read the messages. Public face:
 * {@link org.commonground.mail.MailService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "shared" })
package org.commonground.mail;
