package org.commonground.notification.web;

import java.util.Locale;

import java.time.DayOfWeek;

import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.notification.EmailFrequency;
import org.commonground.notification.EmailPreferences;
import org.commonground.notification.Notifications;
import org.commonground.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox, the email settings and what a person follows. */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final EmailPreferences preferences;

	NotificationController(Notifications notifications, EmailPreferences preferences) {
		this.notifications = notifications;
		this.preferences = preferences;
	}

	@GetMapping("/notifications")
	String showInbox(@RequestParam(required = false) Long before, @AuthenticationPrincipal AccountPrincipal viewer,
			Model model, Locale locale) {
		Notifications.InboxPage page = this.notifications.inbox(viewer, locale, before);
		model.addAttribute("groups", page.groups());
		model.addAttribute("inboxPage", page);
		return "notification/inbox";
	}

	/** Opening a notification marks it read and goes to its page. */
	@PostMapping("/notifications/{id}/open")
	String updateOpened(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer) {
		return "redirect:" + this.notifications.open(viewer, id);
	}

	@PostMapping("/notifications/{id}/read")
	String updateRead(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer) {
		this.notifications.markRead(viewer, id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String updateAllRead(@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.notifications.markAllRead(viewer);
		Flash.success(redirect, "notification.inbox.all-read");
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String showSettings(@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		if (!model.containsAttribute("settingsForm")) {
			EmailPreferences.Settings settings = this.preferences.settings(viewer);
			model.addAttribute("settingsForm", SettingsForm.of(settings.frequencies(), settings.weeklyDay()));
		}
		model.addAttribute("categories", this.preferences.categories(viewer));
		model.addAttribute("frequencies", EmailFrequency.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("followed", this.notifications.followed(viewer, locale));
		return "notification/settings";
	}

	@PostMapping("/account/notifications")
	String updateSettings(@Valid SettingsForm settingsForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showSettings(viewer, model, locale);
		}
		this.preferences.update(viewer, settingsForm.chosen(), settingsForm.getWeeklyDay());
		Flash.success(redirect, "notification.settings.saved");
		return "redirect:/account/notifications";
	}

	@PostMapping("/account/notifications/unfollow")
	String updateUnfollow(@Valid UnfollowForm unfollowForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.notifications.unfollow(viewer, unfollowForm.getType(), unfollowForm.getTargetId());
			Flash.success(redirect, "notification.follow.stopped");
		}
		return "redirect:/account/notifications";
	}

	@PostMapping("/dialogues/{slug}/follow")
	String createFollow(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		this.notifications.followDialogue(slug, viewer);
		Flash.success(redirect, "notification.follow.started");
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/unfollow")
	String deleteFollow(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		this.notifications.unfollowDialogue(slug, viewer);
		Flash.success(redirect, "notification.follow.stopped");
		return "redirect:/dialogues/" + slug;
	}

	@PostMapping("/dialogues/{slug}/challenges/{id}/follow")
	String createChallengeFollow(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.notifications.followChallenge(slug, id, viewer);
		Flash.success(redirect, "notification.follow.challenge.started");
		return "redirect:/dialogues/" + slug + "/challenges/" + id;
	}

	@PostMapping("/dialogues/{slug}/challenges/{id}/unfollow")
	String deleteChallengeFollow(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		this.notifications.unfollowChallenge(slug, id, viewer);
		Flash.success(redirect, "notification.follow.stopped");
		return "redirect:/dialogues/" + slug + "/challenges/" + id;
	}

}
