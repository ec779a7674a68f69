package org.commonground.shared.web;

import java.util.Map;

/**
 * Something admins name in every language, such as a stakeholder group or a theme.
 *
 * @param code stable identifier, upper case with underscores
 * @param labels label per language code of {@link SupportedLanguages#CODES}
 * @param active whether people can still choose it
 */
public record LabelledItem(String code, Map<String, String> labels, boolean active) {
}
