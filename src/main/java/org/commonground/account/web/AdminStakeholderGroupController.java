package org.commonground.account.web;

import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroupService;
import org.commonground.shared.web.LabelledItem;
import org.commonground.shared.web.LabelledItemsAdmin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Admins rename, add and retire stakeholder groups, in the five languages. */
@Controller
@RequestMapping(AdminStakeholderGroupController.PATH)
class AdminStakeholderGroupController extends LabelledItemsAdmin {

	static final String PATH = "/admin/stakeholder-groups";

	private final StakeholderGroupService groups;

	AdminStakeholderGroupController(StakeholderGroupService groups) {
		this.groups = groups;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@Override
	protected String headingKey() {
		return "admin.groups.heading";
	}

	@Override
	protected List<LabelledItem> items() {
		return this.groups.allForEditing();
	}

	@Override
	protected java.util.Map<String, Long> usage() {
		return this.groups.usage();
	}

	@Override
	protected void update(LabelledItem item, UserDetails admin) {
		this.groups.update(item, ((AccountPrincipal) admin).getId());
	}

	@Override
	protected boolean create(LabelledItem item, UserDetails admin) {
		return this.groups.create(item, ((AccountPrincipal) admin).getId());
	}

}
