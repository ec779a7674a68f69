package org.commonground.account;

import java.util.Locale;

/**
 * What another module needs to write to a person by email: the address, the name to greet
 * and the language of their interface. A value, not the account.
 */
public record Recipient(long accountId, String email, String displayName, Locale locale) {
}
