package org.commonground.moderation;

/**
 * A member reported a contribution (counted once per reporter).
 *
 * @param path its page, relative to the dialogue's
 */
public record ReportFiled(long dialogueId, String type, long id, String title, String path, long reporterId) {
}
