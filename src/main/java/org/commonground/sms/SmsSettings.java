package org.commonground.sms;

/**
 * A dialogue's SMS settings.
 *
 * @param code what people text after JOIN
 * @param monthlyBudget segments the dialogue may send per calendar month
 */
public record SmsSettings(String code, int monthlyBudget) {
}
