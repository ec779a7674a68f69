/**
 * Taking part by SMS (issue 22): a gateway interface
 * ({@link org.commonground.sms.SmsGateway}) with a generic HTTP implementation and a fake
 * one for tests and the demo; the inbound webhook (shared secret or HMAC signature on the
 * raw body, idempotent on the gateway's message id, rate-limited per number); joining a
 * dialogue by texting {@code JOIN <code>} (stakeholder group, district, consent, in the
 * sender's language; STOP at any time), told on the dialogue's page (code and
 * {@code app.sms.number}); the per-dialogue SMS inbox where facilitators accept texts as
 * challenges or comments, merge or decline them; stance questions on vision paragraphs;
 * receipts and "you said, we did" answers, split into GSM-7 or UCS-2 segments and counted
 * against a monthly budget; and the admin console's gateway section. Phone numbers are
 * kept only as an HMAC (lookup) and AES-GCM ciphertext (replies). An SMS participant acts
 * through an account that cannot log in (ADR 0011), so accepted texts count for their
 * group; a text accepted as a challenge is kept as recorded by SMS through
 * {@code meeting}'s {@link org.commonground.meeting.WorkshopRecording}. Uses
 * {@code account}, {@code dialogue}, {@code challenge}, {@code comment}, {@code meeting},
 * {@code vision}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SMS",
		allowedDependencies = { "account", "challenge", "comment", "dialogue", "meeting", "vision", "shared" })
package org.commonground.sms;
