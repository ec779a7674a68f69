package org.commonground.meeting.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.meeting.MeetingAgenda;
import org.commonground.meeting.MeetingRuleException;
import org.commonground.meeting.MeetingService;
import org.commonground.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's agenda: adding, moving and removing items. */
@Controller
class AgendaController {

	private final MeetingAgenda agenda;

	private final MeetingService meetings;

	AgendaController(MeetingAgenda agenda, MeetingService meetings) {
		this.agenda = agenda;
		this.meetings = meetings;
	}

	private static final String CANCELLED = "agenda.error.cancelled";

	@PostMapping("/dialogues/{slug}/meetings/{id}/agenda")
	String createAgendaItem(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("agendaForm") AgendaItemForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.agenda.add(slug, id, form.toDetails(), viewer);
				Flash.success(redirect, "agenda.added");
				return "redirect:/dialogues/" + slug + "/meetings/" + id + "#agenda";
			}
			catch (MeetingRuleException ex) {
				if (CANCELLED.equals(ex.getMessageKey())) {
					// A cancelled meeting's page has no agenda form to show the error in.
					Flash.error(redirect, CANCELLED);
					return "redirect:/dialogues/" + slug + "/meetings/" + id + "#agenda";
				}
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("page", this.meetings.page(slug, viewer, id, locale));
		return "meeting/show";
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/agenda/{itemId}/move")
	String updateAgendaItemPosition(@PathVariable String slug, @PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute AgendaMoveForm form, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		try {
			this.agenda.move(slug, id, itemId, form.getDirection(), viewer);
		}
		catch (MeetingRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "#agenda";
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/agenda/{itemId}/delete")
	String deleteAgendaItem(@PathVariable String slug, @PathVariable long id, @PathVariable long itemId,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		try {
			this.agenda.remove(slug, id, itemId, viewer);
			Flash.success(redirect, "agenda.removed");
		}
		catch (MeetingRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "#agenda";
	}

}
