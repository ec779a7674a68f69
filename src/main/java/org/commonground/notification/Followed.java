package org.commonground.notification;

/** Something a person follows. */
public record Followed(FollowTarget type, long targetId, long dialogueId) {
}
