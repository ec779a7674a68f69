package org.commonground.meeting;

/** A new minute item: its text (Markdown) and optionally what it led to. */
public record MinuteItemDetails(String text, Long challengeId, String paragraphKey) {
}
