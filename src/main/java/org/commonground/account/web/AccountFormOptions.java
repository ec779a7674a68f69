package org.commonground.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.shared.web.Countries;
import org.commonground.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices offered by the registration and profile forms, in the reader's language.
 */
@Component
class AccountFormOptions {

	private final StakeholderGroupService groups;

	private final MessageSource messages;

	AccountFormOptions(StakeholderGroupService groups, MessageSource messages) {
		this.groups = groups;
		this.messages = messages;
	}

	List<Option> stakeholderGroups(Locale locale) {
		return this.groups.activeGroups().stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList();
	}

	/**
	 * The active groups, and the member's own group if it was retired since (marked so):
	 * they keep it until they choose another.
	 */
	List<Option> stakeholderGroups(Locale locale, StakeholderGroup own) {
		List<Option> options = new ArrayList<>(stakeholderGroups(locale));
		if (own != null && !own.isActive()) {
			options.add(Option.retired(own.getCode(), own.label(locale), this.messages, locale));
		}
		return options;
	}

	List<Option> countries(Locale locale) {
		return Countries.options(locale);
	}

}
