package org.commonground.dialogue;

/**
 * What a dialogue shows of one of its members, read with the membership from the account
 * module's published {@code account_directory} view: a value, not the account.
 *
 * @param accountId the member's account
 * @param displayName the name they go by
 * @param organisation the organisation they give, if any
 * @param region the region they give, if any (part of a pseudonym)
 * @param groupId their stakeholder group (named by the account module's
 * {@code StakeholderGroupService})
 */
public record Member(long accountId, String displayName, String organisation, String region, long groupId) {
}
