package org.commonground.dialogue;

/**
 * One text that a facilitator recorded on behalf of people in a room, for a batch of them
 * (a sheet of workshop cards): written by the meeting's account for the speakers' group
 * (ADR 0015), for how many people, in which language.
 *
 * @param voiceId the account that speaks for the group at the meeting
 * @param voiceGroupId that group's id
 * @param title a challenge's title; null for a comment
 * @param body the text, Markdown
 * @param targetId the challenge a comment is about; null for a challenge
 * @param language the language it was said in
 * @param formToken unique per sheet and row, so that the same row never makes two
 * @param voice for how many people, on which day
 */
public record RecordedText(long voiceId, long voiceGroupId, String title, String body, Long targetId, String language,
		String formToken, RecordedVoice voice) {
}
