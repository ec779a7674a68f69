package org.commonground.meeting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.meeting.Meeting;
import org.commonground.meeting.MeetingKind;
import org.commonground.meeting.MeetingRuleException;
import org.commonground.meeting.MeetingService;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

/** Meetings of a dialogue: the list, one meeting, the forms and the calendar files. */
@Controller
class MeetingController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final MeetingService meetings;

	private final DialogueAccess access;

	private final MessageSource messages;

	private final Clock clock;

	MeetingController(MeetingService meetings, DialogueAccess access, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/dialogues/{slug}/meetings")
	String showMeetings(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("list", this.meetings.list(slug, viewer));
		return "meeting/list";
	}

	@GetMapping("/dialogues/{slug}/meetings.ics")
	ResponseEntity<String> showFeed(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			Locale locale) {
		return ResponseEntity.ok().contentType(CALENDAR).body(this.meetings.feed(slug, viewer, locale));
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}")
	String showMeeting(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("page", this.meetings.page(slug, viewer, id, locale));
		model.addAttribute("agendaForm", new AgendaItemForm());
		return "meeting/show";
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}.ics")
	ResponseEntity<String> showCalendar(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("meeting-" + id + ".ics").build().toString())
			.body(this.meetings.calendar(slug, viewer, id, locale));
	}

	@GetMapping("/dialogues/{slug}/meetings/new")
	String showNewMeeting(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale, RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (view.dialogue().isEnded()) {
			Flash.error(redirect, "meeting.error.dialogue-closed");
			return "redirect:/dialogues/" + slug + "/meetings";
		}
		model.addAttribute("form", MeetingForm.in(view.zone()));
		return formPage(view, null, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings")
	String createMeeting(@PathVariable String slug, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		if (errors.hasErrors()) {
			return formPage(view, null, model, locale);
		}
		if (!view.dialogue().isEnded() && form.startsBefore(this.clock.instant()) && !form.isPastConfirmed()) {
			// A start in the past is kept only once the facilitator confirms that the
			// meeting already took place (it is then recorded, not announced).
			errors.rejectValue("startsAt", "meeting.error.past-start");
			model.addAttribute("askPast", true);
			return formPage(view, null, model, locale);
		}
		try {
			Meeting meeting = this.meetings.create(slug, form.toDetails(), viewer);
			Flash.success(redirect, "meeting.created");
			return "redirect:/dialogues/" + slug + "/meetings/" + meeting.getId();
		}
		catch (MeetingRuleException ex) {
			if (ex.getField() == null) {
				// A closed or archived dialogue takes no new meetings.
				Flash.error(redirect, ex.getMessageKey());
				return "redirect:/dialogues/" + slug + "/meetings";
			}
			errors.rejectValue(ex.getField(), ex.getMessageKey());
			return formPage(view, null, model, locale);
		}
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/edit")
	String showEditMeeting(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		DialogueView view = this.access.facilitated(slug, viewer);
		model.addAttribute("form", MeetingForm.of(this.meetings.editable(slug, viewer, id)));
		return formPage(view, id, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/edit")
	String updateMeeting(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		this.meetings.editable(slug, viewer, id);
		if (errors.hasErrors()) {
			return formPage(view, id, model, locale);
		}
		try {
			this.meetings.update(slug, id, form.toDetails(), form.getVersion(), viewer);
		}
		catch (MeetingRuleException ex) {
			if (ex.getField() == null) {
				// A cancelled meeting is no longer edited.
				Flash.error(redirect, ex.getMessageKey());
				return "redirect:/dialogues/" + slug + "/meetings/" + id;
			}
			errors.rejectValue(ex.getField(), ex.getMessageKey());
			return formPage(view, id, model, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			Meeting current = this.meetings.editable(slug, viewer, id);
			model.addAttribute("conflict", current);
			form.setVersion(current.getVersion());
			response.setStatus(HttpStatus.CONFLICT.value());
			return formPage(view, id, model, locale);
		}
		Flash.success(redirect, "meeting.saved");
		return "redirect:/dialogues/" + slug + "/meetings/" + id;
	}

	/** The confirmation step of cancelling (a page: no JavaScript needed). */
	@GetMapping("/dialogues/{slug}/meetings/{id}/cancel")
	String showCancelMeeting(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Meeting meeting = this.meetings.editable(slug, viewer, id);
		if (meeting.isCancelled()) {
			Flash.info(redirect, "meeting.cancel.already");
			return "redirect:/dialogues/" + slug + "/meetings/" + id;
		}
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("meeting", meeting);
		return "meeting/cancel";
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/cancel")
	String cancelMeeting(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "reason", required = false) String reason,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		DialogueView view = this.access.facilitated(slug, viewer);
		try {
			this.meetings.cancel(slug, id, reason, viewer);
		}
		catch (MeetingRuleException ex) {
			model.addAttribute("dialogue", view.dialogue());
			model.addAttribute("meeting", this.meetings.editable(slug, viewer, id));
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError", ex.getMessageKey());
			return "meeting/cancel";
		}
		Flash.success(redirect, "meeting.cancelled");
		return "redirect:/dialogues/" + slug + "/meetings/" + id;
	}

	private String formPage(DialogueView view, Long meetingId, Model model, Locale locale) {
		model.addAttribute("dialogue", view.dialogue());
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("kinds", Arrays.asList(MeetingKind.values()));
		model.addAttribute("languageOptions",
				SupportedLanguages.CODES.stream()
					.map((code) -> new Option(code, this.messages.getMessage("meeting.language." + code, null, locale)))
					.toList());
		model.addAttribute("facilitatorChoices", this.meetings.facilitatorChoices(view));
		model.addAttribute("timeZones", KnownTimeZone.Validator.IDS);
		return "meeting/form";
	}

}
