package org.commonground.sms;

/**
 * A text received from a phone.
 *
 * @param messageId the gateway's id of the message (a repeated delivery has the same)
 * @param from the sender's number as the gateway wrote it
 * @param text what they wrote
 */
public record InboundSms(String messageId, String from, String text) {
}
