package org.commonground.account;

/**
 * Published, in the purge's transaction, just before an account's personal fields are
 * erased: modules that keep something personal about the person (a membership's display,
 * an invitation, a subscription by email address) forget it in the same transaction. The
 * account id stays valid (contributions keep pointing at it, shown as "Former
 * participant").
 * <p>
 * Listen with a synchronous {@code @EventListener} in the purge's transaction, never with
 * {@code @ApplicationModuleListener}: the event registry would store the email address
 * that the purge is erasing.
 *
 * @param accountId the account being erased
 * @param email its email address, for what is kept by address rather than by account
 */
public record AccountErased(long accountId, String email) {
}
