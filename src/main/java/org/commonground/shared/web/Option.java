package org.commonground.shared.web;

/** One choice of a select list: the submitted value and the label shown. */
public record Option(String value, String label) {
}
