package org.commonground.resource.web;

import jakarta.validation.constraints.NotNull;

/** A facilitator allows a member to write on the dialogue's blog, or stops them. */
public class BlogAuthorForm {

	@NotNull
	private Long accountId;

	public Long getAccountId() {
		return this.accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

}
