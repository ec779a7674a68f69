package org.commonground.sms.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.commonground.sms.InboundSms;
import org.commonground.sms.SmsConversation;
import org.commonground.sms.SmsRateLimitedException;
import org.commonground.sms.SmsWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's inbound webhook. The raw body is read and its secret or signature checked
 * before anything decodes it (so it is exempt from CSRF and the request-parameter filter,
 * which would consume it). 401 without a valid secret or signature, 400 for a body that
 * is not a message, 429 past the per-number limit, 200 otherwise, also for a message id
 * seen before.
 */
@RestController
class SmsWebhookController {

	private static final Logger log = LoggerFactory.getLogger(SmsWebhookController.class);

	private static final int MAX_BODY = 16 * 1024;

	private final SmsWebhook webhook;

	private final SmsConversation conversation;

	SmsWebhookController(SmsWebhook webhook, SmsConversation conversation) {
		this.webhook = webhook;
		this.conversation = conversation;
	}

	@PostMapping(path = { "/sms/inbound", "/hooks/sms/inbound" }, produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("too large");
		}
		if (!this.webhook.authentic(body, request.getHeader("X-Sms-Secret"), request.getHeader("X-Sms-Signature"))) {
			log.warn("SMS webhook call without a valid secret or signature");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("unauthorized");
		}
		InboundSms sms;
		try {
			sms = this.webhook.read(body);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body("bad message");
		}
		try {
			this.conversation.receive(sms);
		}
		catch (SmsRateLimitedException ex) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body("too many messages");
		}
		return ResponseEntity.ok("ok");
	}

}
