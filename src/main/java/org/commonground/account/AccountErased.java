package org.commonground.account;

/**
 * Published, in the purge's transaction, just before an account's personal fields are
 * erased: modules that keep something personal about the person (a membership's display,
 * an invitation, a subscription) forget it in the same transaction. The account id stays
 * valid (contributions keep pointing at it, shown as "Former participant").
 */
public record AccountErased(long accountId) {
}
