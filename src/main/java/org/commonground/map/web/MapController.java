package org.commonground.map.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.map.ActorDetails;
import org.commonground.map.ActorKind;
import org.commonground.map.Evidence;
import org.commonground.map.MapActor;
import org.commonground.map.MapRuleException;
import org.commonground.map.MapService;
import org.commonground.map.RelationDetails;
import org.commonground.map.RelationStatus;
import org.commonground.map.RelationType;
import org.commonground.map.StakeholderMap;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A dialogue's stakeholder map: the drawing, table and sentences, actors' pages, members'
 * proposals and disputes, and the facilitators' editing and decisions.
 */
@Controller
@RequestMapping("/dialogues/{slug}/map")
class MapController {

	private final MapService maps;

	MapController(MapService maps) {
		this.maps = maps;
	}

	@GetMapping
	String show(@PathVariable String slug, @RequestParam(defaultValue = "normal") String zoom,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("map", this.maps.map(slug, viewer, locale));
		model.addAttribute("zoom", List.of("fit", "normal", "large").contains(zoom) ? zoom : "normal");
		return "map/show";
	}

	@GetMapping("/actors/{id}")
	String actor(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale) {
		model.addAttribute("page", this.maps.actor(slug, viewer, id, locale));
		return "map/actor";
	}

	@GetMapping("/actors/new")
	String newActor(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		ActorForm form = new ActorForm();
		form.setInfluence(3);
		return actorForm(slug, viewer, null, form, model);
	}

	@GetMapping("/actors/{id}/edit")
	String editActor(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model) {
		MapActor actor = this.maps.actorForEditing(slug, viewer, id);
		ActorForm form = new ActorForm();
		form.setLabel(actor.getLabel());
		form.setKind(actor.getKind());
		form.setGroupCode(this.maps.groups()
			.stream()
			.filter((g) -> g.getId().equals(actor.getGroupId()))
			.map((g) -> g.getCode())
			.findFirst()
			.orElse(null));
		form.setRegion(actor.getRegion());
		form.setInfluence(actor.getInfluence());
		form.setGoal(actor.getGoal());
		form.setTags(actor.getTags());
		form.setPinX(typed(actor.getPinX()));
		form.setPinY(typed(actor.getPinY()));
		return actorForm(slug, viewer, id, form, model);
	}

	@PostMapping("/actors")
	String createActor(@PathVariable String slug, @Valid @ModelAttribute("form") ActorForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		return saveActor(slug, null, form, errors, viewer, model, redirect);
	}

	@PostMapping("/actors/{id}/edit")
	String updateActor(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") ActorForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect) {
		return saveActor(slug, id, form, errors, viewer, model, redirect);
	}

	private String saveActor(String slug, Long id, ActorForm form, BindingResult errors, AccountPrincipal viewer,
			Model model, RedirectAttributes redirect) {
		this.maps.facilitated(slug, viewer);
		// Every error in one round: the pin, then the name and the group as the service
		// checks them, each beside its field unless the form already found one there.
		Double pinX = pin(form.getPinX());
		Double pinY = pin(form.getPinY());
		boolean badX = pinX == null && !blank(form.getPinX());
		boolean badY = pinY == null && !blank(form.getPinY());
		if (badX || badY || blank(form.getPinX()) != blank(form.getPinY())) {
			// One message for the pair, at the first field to correct.
			errors.rejectValue((badX || blank(form.getPinX())) ? "pinX" : "pinY", "map.error.pin");
		}
		Long groupId = (form.getKind() == ActorKind.STAKEHOLDER_GROUP) ? this.maps.groupId(form.getGroupCode()) : null;
		// An influence left empty or not a number is already an error beside its field; 0
		// stands in only so that the name and the group can be checked in the same round.
		int influence = (form.getInfluence() != null) ? form.getInfluence() : 0;
		ActorDetails details = new ActorDetails(form.getLabel(), form.getKind(), groupId, form.getRegion(), influence,
				form.getGoal(), form.getTags());
		this.maps.actorProblems(slug, viewer, id, details).forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		if (!errors.hasErrors()) {
			try {
				long saved = this.maps.saveActor(slug, viewer, id, details, pinX, pinY);
				Flash.success(redirect, "map.actor.saved");
				return "redirect:/dialogues/" + slug + "/map/actors/" + saved;
			}
			catch (MapRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return actorForm(slug, viewer, id, form, model);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A pin position as typed (a decimal comma accepted), or {@code null} when blank, not
	 * a number or outside 0–100.
	 */
	private static Double pin(String typed) {
		if (blank(typed)) {
			return null;
		}
		try {
			double value = Double.parseDouble(typed.strip().replace(',', '.'));
			return (value >= 0 && value <= 100) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A stored pin position as a person would type it: 40, 12.5. */
	private static String typed(Double pin) {
		return (pin != null) ? java.math.BigDecimal.valueOf(pin).stripTrailingZeros().toPlainString() : null;
	}

	private String actorForm(String slug, AccountPrincipal viewer, Long id, ActorForm form, Model model) {
		model.addAttribute("view", this.maps.facilitated(slug, viewer));
		model.addAttribute("actorId", id);
		model.addAttribute("form", form);
		model.addAttribute("kinds", ActorKind.values());
		model.addAttribute("groups", this.maps.groups());
		return "map/actor-form";
	}

	@PostMapping("/actors/{id}/delete")
	String deleteActor(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			// Removing takes the actor's relations with it: asked once more, beside the
			// box.
			String form = editActor(slug, id, viewer, model);
			model.addAttribute("deleteUnconfirmed", true);
			return form;
		}
		this.maps.deleteActor(slug, viewer, id);
		Flash.success(redirect, "map.actor.deleted");
		return "redirect:/dialogues/" + slug + "/map";
	}

	@GetMapping("/relations/new")
	String newRelation(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		this.maps.facilitated(slug, viewer);
		RelationForm form = new RelationForm();
		form.setStrength(2);
		return relationForm(slug, viewer, "edit", null, form, model, locale);
	}

	@GetMapping("/relations/{id}/edit")
	String editRelation(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		MapService.EditableRelation editable = this.maps.relationForEditing(slug, viewer, id);
		RelationForm form = new RelationForm();
		form.setFromActorId(editable.relation().getFromActorId());
		form.setToActorId(editable.relation().getToActorId());
		form.setType(editable.relation().getType());
		form.setStrength(editable.relation().getStrength());
		form.setEvidence((editable.relation().getEvidence() != null) ? editable.relation().getEvidence().code() : null);
		form.setDisputedBy(new java.util.ArrayList<>(editable.disputedBy()));
		return relationForm(slug, viewer, "edit", id, form, model, locale);
	}

	@PostMapping("/relations")
	String createRelation(@PathVariable String slug, @Valid @ModelAttribute("form") RelationForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect, Locale locale) {
		return saveRelation(slug, null, form, errors, viewer, model, redirect, locale);
	}

	@PostMapping("/relations/{id}/edit")
	String updateRelation(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") RelationForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect, Locale locale) {
		return saveRelation(slug, id, form, errors, viewer, model, redirect, locale);
	}

	private String saveRelation(String slug, Long id, RelationForm form, BindingResult errors, AccountPrincipal viewer,
			Model model, RedirectAttributes redirect, Locale locale) {
		this.maps.facilitated(slug, viewer);
		checkTogether(form, errors);
		if (!errors.hasErrors()) {
			try {
				boolean proposal = id != null && this.maps.relationForEditing(slug, viewer, id)
					.relation()
					.getStatus() == RelationStatus.PROPOSED;
				this.maps.saveRelation(slug, viewer, id, details(form), form.getDisputedBy());
				// Saving a proposal does not accept it: said so, and the facilitator is
				// taken
				// to where it can be accepted.
				if (proposal) {
					Flash.success(redirect, "map.relation.saved.proposal");
					return "redirect:/dialogues/" + slug + "/map#proposal-" + id;
				}
				Flash.success(redirect, "map.relation.saved");
				return "redirect:/dialogues/" + slug + "/map#relations";
			}
			catch (MapRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return relationForm(slug, viewer, "edit", id, form, model, locale);
	}

	@GetMapping("/propose")
	String newProposal(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		RelationForm form = new RelationForm();
		form.setStrength(2);
		return relationForm(slug, viewer, "propose", null, form, model, locale);
	}

	@PostMapping("/proposals")
	String propose(@PathVariable String slug, @Valid @ModelAttribute("form") RelationForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect, Locale locale) {
		if ((form.getReason() == null || form.getReason().isBlank()) && !errors.hasFieldErrors("reason")) {
			errors.rejectValue("reason", "map.error.reason.required");
		}
		checkTogether(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.maps.propose(slug, viewer, details(form), form.getReason());
				Flash.success(redirect, "map.proposal.sent");
				return "redirect:/dialogues/" + slug + "/map#proposals";
			}
			catch (MapRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return relationForm(slug, viewer, "propose", null, form, model, locale);
	}

	private String relationForm(String slug, AccountPrincipal viewer, String mode, Long id, RelationForm form,
			Model model, Locale locale) {
		StakeholderMap map = this.maps.map(slug, viewer, locale);
		if (mode.equals("propose") && !map.canPropose()) {
			throw new NotFoundException();
		}
		model.addAttribute("map", map);
		model.addAttribute("mode", mode);
		model.addAttribute("relationId", id);
		model.addAttribute("proposal", (id == null || !mode.equals("edit")) ? null
				: map.proposals().stream().filter((r) -> r.id() == id).findFirst().orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("types", RelationType.values());
		model.addAttribute("groups", this.maps.groups());
		model.addAttribute("evidence", this.maps.evidenceChoices(map.view()));
		return "map/relation-form";
	}

	/**
	 * What the form can tell without the map (two different actors, evidence that reads
	 * as a reference), added to the form's own errors so that all come back in one round.
	 */
	private static void checkTogether(RelationForm form, BindingResult errors) {
		if (form.getFromActorId() != null && form.getFromActorId().equals(form.getToActorId())
				&& !errors.hasFieldErrors("toActorId")) {
			errors.rejectValue("toActorId", "map.error.self");
		}
		try {
			Evidence.parse(form.getEvidence());
		}
		catch (IllegalArgumentException ex) {
			if (!errors.hasFieldErrors("evidence")) {
				errors.rejectValue("evidence", "map.error.evidence");
			}
		}
	}

	private static RelationDetails details(RelationForm form) {
		Evidence evidence;
		try {
			evidence = Evidence.parse(form.getEvidence());
		}
		catch (IllegalArgumentException ex) {
			throw new MapRuleException("map.error.evidence", "evidence");
		}
		return new RelationDetails(form.getFromActorId(), form.getToActorId(), form.getType(), form.getStrength(),
				evidence);
	}

	@GetMapping("/relations/{id}/dispute")
	String disputeForm(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return dispute(slug, id, viewer, new DisputeForm(), model, locale);
	}

	@PostMapping("/relations/{id}/dispute")
	String dispute(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") DisputeForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				this.maps.dispute(slug, viewer, id, form.getReason());
				Flash.success(redirect, "map.dispute.sent");
				return "redirect:/dialogues/" + slug + "/map#relation-" + id;
			}
			catch (MapRuleException ex) {
				errors.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return dispute(slug, id, viewer, form, model, locale);
	}

	private String dispute(String slug, long id, AccountPrincipal viewer, DisputeForm form, Model model,
			Locale locale) {
		StakeholderMap map = this.maps.map(slug, viewer, locale);
		if (!map.canPropose()) {
			throw new NotFoundException();
		}
		model.addAttribute("map", map);
		model.addAttribute("relation",
				map.relations().stream().filter((r) -> r.id() == id).findFirst().orElseThrow(NotFoundException::new));
		model.addAttribute("form", form);
		return "map/dispute";
	}

	@PostMapping("/relations/{id}/decision")
	String decideRelation(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.maps.facilitated(slug, viewer);
		if (errors.hasErrors()) {
			Flash.error(redirect, "map.error.decision");
			return "redirect:/dialogues/" + slug + "/map#proposals";
		}
		boolean accept = form.getDecision().equals("ACCEPT");
		try {
			this.maps.decideRelation(slug, viewer, id, accept);
		}
		catch (MapRuleException ex) {
			// The same relation went onto the map meanwhile: the proposal stays to
			// decline.
			Flash.error(redirect, ex.getMessageKey());
			return "redirect:/dialogues/" + slug + "/map#proposal-" + id;
		}
		Flash.success(redirect, accept ? "map.proposal.accepted" : "map.proposal.declined");
		return "redirect:/dialogues/" + slug + "/map#proposals";
	}

	@PostMapping("/disputes/{id}/decision")
	String decideDispute(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute DecisionForm form,
			BindingResult errors, @AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.maps.facilitated(slug, viewer);
		if (errors.hasErrors()) {
			Flash.error(redirect, "map.error.decision");
			return "redirect:/dialogues/" + slug + "/map#relations";
		}
		boolean accept = form.getDecision().equals("ACCEPT");
		this.maps.decideDispute(slug, viewer, id, accept);
		Flash.success(redirect, accept ? "map.dispute.accepted" : "map.dispute.declined");
		return "redirect:/dialogues/" + slug + "/map#relations";
	}

}
