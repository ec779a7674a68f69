package org.commonground.meeting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.StakeholderGroup;
import org.commonground.meeting.MeetingAttendance;
import org.commonground.meeting.MeetingRuleException;
import org.commonground.meeting.MeetingService;
import org.commonground.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording who came to a meeting: counts per group, and people named with consent. */
@Controller
class AttendanceController {

	private final MeetingAttendance attendance;

	private final MeetingService meetings;

	AttendanceController(MeetingAttendance attendance, MeetingService meetings) {
		this.attendance = attendance;
		this.meetings = meetings;
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/attendance")
	String showAttendance(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		AttendanceForm form = AttendanceForm.of(this.attendance.counts(slug, id, viewer).values());
		return attendancePage(slug, id, viewer, form, Map.of(), new AttendeeForm(), model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/attendance")
	String updateAttendance(@PathVariable String slug, @PathVariable long id,
			@RequestParam Map<String, String> parameters, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale, RedirectAttributes redirect) {
		AttendanceForm form = AttendanceForm.read(parameters);
		Map<String, String> errors = form.errors();
		if (errors.isEmpty()) {
			try {
				this.attendance.record(slug, id, form.toCounts(), viewer);
				Flash.success(redirect, "attendance.saved");
				return "redirect:/dialogues/" + slug + "/meetings/" + id + "#attendance";
			}
			catch (MeetingRuleException ex) {
				if (ex.getField() == null) {
					return closed(slug, id, ex, redirect);
				}
				errors = Map.of(ex.getField(), ex.getMessageKey());
			}
		}
		return attendancePage(slug, id, viewer, form, errors, new AttendeeForm(), model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/attendees")
	String createAttendee(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("attendeeForm") AttendeeForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.attendance.name(slug, id, form.getName(), form.getGroup(), form.isConsent(), viewer);
				Flash.success(redirect, "attendance.named");
				return "redirect:/dialogues/" + slug + "/meetings/" + id + "/attendance#named";
			}
			catch (MeetingRuleException ex) {
				if (ex.getField() == null) {
					return closed(slug, id, ex, redirect);
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		AttendanceForm counts = AttendanceForm.of(this.attendance.counts(slug, id, viewer).values());
		return attendancePage(slug, id, viewer, counts, Map.of(), form, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/attendees/{attendeeId}/delete")
	String deleteAttendee(@PathVariable String slug, @PathVariable long id, @PathVariable long attendeeId,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.attendance.unname(slug, id, attendeeId, viewer);
		Flash.success(redirect, "attendance.unnamed");
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "/attendance#named";
	}

	/** The dialogue is closed: the attendance page says so and offers no form. */
	private static String closed(String slug, long id, MeetingRuleException ex, RedirectAttributes redirect) {
		Flash.error(redirect, ex.getMessageKey());
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "/attendance";
	}

	private String attendancePage(String slug, long id, AccountPrincipal viewer, AttendanceForm form,
			Map<String, String> errors, AttendeeForm attendeeForm, Model model, Locale locale) {
		this.attendance.counts(slug, id, viewer);
		model.addAttribute("page", this.meetings.page(slug, viewer, id, locale));
		List<StakeholderGroup> groups = this.attendance.groups();
		Map<String, String> groupLabels = new HashMap<>();
		groups.forEach((g) -> groupLabels.put(g.getCode(), g.label(locale)));
		model.addAttribute("groups", groups);
		model.addAttribute("groupLabels", groupLabels);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("attendeeForm", attendeeForm);
		return "meeting/attendance";
	}

}
