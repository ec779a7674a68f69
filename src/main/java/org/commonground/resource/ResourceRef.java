package org.commonground.resource;

/** A resource of a dialogue's library as other modules link to it: its id and title. */
public record ResourceRef(long id, String title) {
}
