/**
 * Meetings of a dialogue: site visits, workshops, meetings and online sessions with their
 * place, times in their own time zone, languages and facilitators; listed on the
 * dialogue's page (a {@link org.commonground.dialogue.DialogueSectionProvider}) and
 * published as iCalendar files and a calendar feed per dialogue. Public face:
 * {@link org.commonground.meeting.MeetingService}. Reads follow the dialogue's visibility
 * through {@link org.commonground.dialogue.DialogueAccess}; only the dialogue's
 * facilitators (and admins) change meetings. Uses {@code dialogue}, {@code account},
 * {@code shared}; {@code challenge} and {@code vision} to check the links of agenda and
 * minute items. Minutes ({@link org.commonground.meeting.MeetingMinutes}) go from draft
 * to review to published; their review comments go through {@code comment} (target
 * {@code MINUTES}). Publishes {@link org.commonground.meeting.MeetingScheduled} and
 * {@link org.commonground.meeting.MinutesPublished}. Facilitators record challenges,
 * comments on challenges or on vision paragraphs, and shows of hands on behalf of people
 * in a room, each optionally with a photo of the card or flip chart kept for the
 * facilitators only ({@link org.commonground.resource.FacilitatorPhotos})
 * ({@link org.commonground.meeting.WorkshopRecording}, one by one;
 * {@link org.commonground.meeting.CardImport}, a CSV sheet at once, in batches) through
 * the challenge, comment and vision modules' recording paths, each meeting speaking for a
 * group through an account that cannot log in (ADR 0015); the provenance stays here. Adds
 * the meetings to the summary exports ({@link org.commonground.export.SummarySection}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings", allowedDependencies = { "account",
		"challenge", "comment", "dialogue", "export", "resource", "vision", "shared" })
package org.commonground.meeting;
