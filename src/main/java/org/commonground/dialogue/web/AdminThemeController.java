package org.commonground.dialogue.web;

import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.ThemeService;
import org.commonground.shared.web.LabelledItem;
import org.commonground.shared.web.LabelledItemsAdmin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Admins rename, add and retire themes, in the five languages. */
@Controller
@RequestMapping(AdminThemeController.PATH)
class AdminThemeController extends LabelledItemsAdmin {

	static final String PATH = "/admin/themes";

	private final ThemeService themes;

	AdminThemeController(ThemeService themes) {
		this.themes = themes;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@Override
	protected String headingKey() {
		return "admin.themes.heading";
	}

	@Override
	protected List<LabelledItem> items() {
		return this.themes.allForEditing();
	}

	@Override
	protected java.util.Map<String, Long> usage() {
		return this.themes.usage();
	}

	@Override
	protected void update(LabelledItem item, UserDetails admin) {
		this.themes.update(item, ((AccountPrincipal) admin).getId());
	}

	@Override
	protected boolean create(LabelledItem item, UserDetails admin) {
		return this.themes.create(item, ((AccountPrincipal) admin).getId());
	}

}
