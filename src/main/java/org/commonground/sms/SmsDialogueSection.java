package org.commonground.sms;

import java.util.Locale;

import org.commonground.dialogue.DialogueSection;
import org.commonground.dialogue.DialogueSectionProvider;
import org.commonground.dialogue.DialogueView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How to take part by SMS, in the membership box of an open dialogue that has an SMS code
 * (read from memory, no statement): the code to text after JOIN, and the number to text
 * it to, which otherwise only the facilitators' inbox named.
 */
@Component
@Order(40)
class SmsDialogueSection implements DialogueSectionProvider {

	private final SmsJoinCodes codes;

	private final SmsProperties properties;

	SmsDialogueSection(SmsJoinCodes codes, SmsProperties properties) {
		this.codes = codes;
		this.properties = properties;
	}

	@Override
	public DialogueSection section(DialogueView view, Locale locale) {
		if (!view.dialogue().isOpen()) {
			return null;
		}
		String number = StringUtils.hasText(this.properties.number()) ? this.properties.number().strip() : null;
		return this.codes.codeOf(view.dialogue().getId())
			.map((code) -> new DialogueSection("sms/fragments", "join-by-sms", new JoinBySms(code, number),
					DialogueSection.Place.MEMBERSHIP))
			.orElse(null);
	}

	/**
	 * What the note shows.
	 *
	 * @param number the number to text, or {@code null} where none is configured
	 */
	public record JoinBySms(String code, String number) {
	}

}
