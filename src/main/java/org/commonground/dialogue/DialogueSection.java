package org.commonground.dialogue;

/**
 * A part of a dialogue's page that another module fills (its challenges, its vision).
 *
 * @param template the Thymeleaf template holding the fragment
 * @param fragment the fragment's name; it takes one parameter, {@code section}, the model
 * @param model what the fragment shows
 */
public record DialogueSection(String template, String fragment, Object model) {
}
