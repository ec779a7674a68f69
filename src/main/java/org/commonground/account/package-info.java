/**
 * Accounts: registration with email confirmation, profiles, passwords and their reset,
 * platform roles and suspension, stakeholder groups, the first admin and the login
 * user-details. Public face: {@link org.commonground.account.AccountService},
 * {@link org.commonground.account.StakeholderGroupService} and the value types they
 * return. Uses {@code shared} (security, web) and {@code mail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "mail", "shared" })
package org.commonground.account;
