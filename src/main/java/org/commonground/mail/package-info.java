/**
 * Outgoing email. Sends by SMTP when {@code spring.mail.host} is set; otherwise stores
 * each message in the outbound-email table and logs it, so that a demo works without a
 * mail server. Admins read the stored messages. Public face:
 * {@link org.commonground.mail.MailService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "shared" })
package org.commonground.mail;
