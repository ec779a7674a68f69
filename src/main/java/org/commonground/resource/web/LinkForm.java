package org.commonground.resource.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.resource.LinkTarget;

/** Linking a resource as evidence to a challenge, a vision paragraph or a meeting. */
public class LinkForm {

	@NotNull(message = "{resource.error.link-type}")
	private LinkTarget targetType;

	@NotBlank(message = "{resource.error.link-key}")
	@Size(max = 40, message = "{resource.error.link-key}")
	private String targetKey;

	@Size(max = 100, message = "{resource.error.text.size}")
	private String locator;

	public LinkTarget getTargetType() {
		return this.targetType;
	}

	public void setTargetType(LinkTarget targetType) {
		this.targetType = targetType;
	}

	public String getTargetKey() {
		return this.targetKey;
	}

	public void setTargetKey(String targetKey) {
		this.targetKey = targetKey;
	}

	public String getLocator() {
		return this.locator;
	}

	public void setLocator(String locator) {
		this.locator = locator;
	}

}
