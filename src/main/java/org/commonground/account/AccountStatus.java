package org.commonground.account;

/** Whether an account may log in. */
public enum AccountStatus {

	ACTIVE, SUSPENDED, DELETED

}
