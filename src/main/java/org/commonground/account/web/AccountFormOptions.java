package org.commonground.account.web;

import java.util.List;
import java.util.Locale;

import org.commonground.account.StakeholderGroupService;
import org.commonground.shared.web.Countries;
import org.commonground.shared.web.Option;

import org.springframework.stereotype.Component;

/**
 * The choices offered by the registration and profile forms, in the reader's language.
 */
@Component
class AccountFormOptions {

	private final StakeholderGroupService groups;

	AccountFormOptions(StakeholderGroupService groups) {
		this.groups = groups;
	}

	List<Option> stakeholderGroups(Locale locale) {
		return this.groups.activeGroups().stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList();
	}

	List<Option> countries(Locale locale) {
		return Countries.options(locale);
	}

}
