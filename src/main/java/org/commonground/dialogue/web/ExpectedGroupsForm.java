package org.commonground.dialogue.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The stakeholder groups a dialogue expects to hear from ({@code groups}, codes; none
 * ticked is an empty list).
 */
public class ExpectedGroupsForm {

	private List<String> groups = new ArrayList<>();

	public List<String> getGroups() {
		return this.groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = (groups != null) ? groups : new ArrayList<>();
	}

}
