package org.commonground.meeting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.challenge.ChallengeRuleException;
import org.commonground.comment.CommentRuleException;
import org.commonground.meeting.MeetingRuleException;
import org.commonground.meeting.RecordedInput;
import org.commonground.meeting.RecordedKind;
import org.commonground.meeting.WorkshopRecording;
import org.commonground.resource.ResourceRuleException;
import org.commonground.resource.ResourceService;
import org.commonground.shared.web.Flash;
import org.commonground.vision.VisionRuleException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording contributions on behalf of people at a meeting, one card at a time, and
 * checking another facilitator's records.
 */
@Controller
class RecordingController {

	private final WorkshopRecording recording;

	RecordingController(WorkshopRecording recording) {
		this.recording = recording;
	}

	/**
	 * The form, with the group, channel, type and challenge of the previous card kept, so
	 * that a stack of cards from one group goes fast.
	 */
	@GetMapping("/dialogues/{slug}/meetings/{id}/contributions")
	String showRecording(@PathVariable String slug, @PathVariable long id,
			@ModelAttribute("form") RecordedContributionForm form, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale) {
		form.setTitle(null);
		form.setBody(null);
		form.setAgreeCount(null);
		form.setCanLiveCount(null);
		form.setDisagreeCount(null);
		form.setFormToken(null);
		model.addAttribute("page", this.recording.page(slug, id, viewer, locale));
		return "meeting/recording";
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/contributions")
	String createRecorded(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") RecordedContributionForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (form.getType() == RecordedKind.CHALLENGE && (form.getTitle() == null || form.getTitle().isBlank())) {
			errors.rejectValue("title", "validation.required");
		}
		else if (form.getType() == RecordedKind.CHALLENGE
				&& (form.getTitle().strip().length() < 5 || form.getTitle().strip().length() > 150)) {
			// The challenge module's rule, reported with the other fields' problems at
			// once.
			errors.rejectValue("title", "challenge.error.title.size");
		}
		if (form.getType() == RecordedKind.COMMENT && form.getChallengeId() == null) {
			errors.rejectValue("challengeId", "recorded.error.challenge");
		}
		if (form.getType() == RecordedKind.VISION
				&& (form.getParagraphKey() == null || form.getParagraphKey().isBlank())) {
			errors.rejectValue("paragraphKey", "recorded.error.paragraph");
		}
		if (form.getType() != RecordedKind.STANCES && (form.getBody() == null || form.getBody().isBlank())) {
			errors.rejectValue("body", "validation.required");
		}
		if (form.getType() == RecordedKind.STANCES
				&& (form.getParagraphKey() == null || form.getParagraphKey().isBlank())) {
			errors.rejectValue("paragraphKey", "recorded.error.paragraph");
		}
		if (!errors.hasErrors()) {
			try {
				RecordedInput.Photo photo = photo(form);
				long recordId = this.recording.record(slug, id, form.toInput(photo), viewer);
				Flash.success(redirect, "recorded.saved");
				if (photo != null) {
					// Saved with a photo (a bad one throws): the next card may share it.
					redirect.addAttribute("photoFrom", recordId);
				}
				redirect.addAttribute("type", form.getType());
				redirect.addAttribute("stakeholderGroup", form.getStakeholderGroup());
				redirect.addAttribute("channel", form.getChannel());
				redirect.addAttribute("peopleCount", form.getPeopleCount());
				if (form.getChallengeId() != null) {
					redirect.addAttribute("challengeId", form.getChallengeId());
				}
				if (form.getParagraphKey() != null && !form.getParagraphKey().isBlank()) {
					redirect.addAttribute("paragraphKey", form.getParagraphKey());
				}
				return "redirect:/dialogues/" + slug + "/meetings/" + id + "/contributions#record";
			}
			catch (MeetingRuleException ex) {
				if (ex.getField() == null) {
					// The dialogue is no longer open: the page says so and offers no
					// form.
					Flash.error(redirect, ex.getMessageKey());
					return "redirect:/dialogues/" + slug + "/meetings/" + id + "/contributions";
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
			catch (ResourceRuleException ex) {
				errors.rejectValue("photo", "resource.error.image-type".equals(ex.getMessageKey())
						? "recorded.error.photo-type" : ex.getMessageKey(), ex.getArguments(), null);
			}
			catch (VisionRuleException ex) {
				errors.rejectValue(ex.getMessageKey().contains("paragraph") ? "paragraphKey" : "agreeCount",
						ex.getMessageKey());
			}
			catch (ChallengeRuleException ex) {
				errors.rejectValue(ex.getMessageKey().contains("title") ? "title" : "body", ex.getMessageKey());
			}
			catch (CommentRuleException ex) {
				errors.rejectValue(ex.getMessageKey().contains("target") ? "challengeId" : "body", ex.getMessageKey());
			}
		}
		model.addAttribute("page", this.recording.page(slug, id, viewer, locale));
		return "meeting/recording";
	}

	/** The photo of a record's card or flip chart: facilitators only, 404 for others. */
	@GetMapping("/dialogues/{slug}/meetings/{id}/contributions/{recordId}/photo")
	ResponseEntity<StreamingResponseBody> photo(@PathVariable String slug, @PathVariable long id,
			@PathVariable long recordId, @RequestParam(name = "w", required = false) Integer width,
			@AuthenticationPrincipal AccountPrincipal viewer) {
		ResourceService.FileDownload download = this.recording.photo(slug, id, recordId, width, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(download.file().getOriginalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body((out) -> {
				try (InputStream in = download.content().open()) {
					in.transferTo(out);
				}
			});
	}

	/**
	 * The photo of the form: a new upload (refused at the field if too large), else the
	 * previous card's when the box is ticked; null for none.
	 */
	private RecordedInput.Photo photo(RecordedContributionForm form) {
		MultipartFile file = form.getPhoto();
		if (file != null && !file.isEmpty()) {
			this.recording.requireAllowedPhotoSize(file.getSize());
			try {
				return new RecordedInput.Photo(null, file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (form.isSamePhoto() && form.getPhotoFrom() != null) {
			return new RecordedInput.Photo(form.getPhotoFrom(), null, null);
		}
		return null;
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/contributions/{recordId}/check")
	String checkRecorded(@PathVariable String slug, @PathVariable long id, @PathVariable long recordId,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.recording.check(slug, id, recordId, viewer);
			Flash.success(redirect, "recorded.checked");
		}
		catch (MeetingRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "/contributions#record-" + recordId;
	}

}
