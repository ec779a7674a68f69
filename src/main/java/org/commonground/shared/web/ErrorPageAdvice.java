package org.commonground.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Maps domain exceptions to the generic error pages; nothing technical reaches the user.
 * An exception handler's model does not get the pages' common attributes, so it adds the
 * language switcher's itself: whoever lands on an error page can change the language.
 */
@ControllerAdvice
class ErrorPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		LanguageOptions.addTo(model, request);
		return "error/404";
	}

	@ExceptionHandler(BadRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(HttpServletRequest request, Model model) {
		LanguageOptions.addTo(model, request);
		// A page, even for an address that ends like a file (export.json) and a client
		// that accepts anything: not a type guessed from the address.
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_HTML));
		return "error/4xx";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(HttpServletRequest request, Model model) {
		LanguageOptions.addTo(model, request);
		return "error/409";
	}

	@ExceptionHandler(RateLimitExceededException.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooManyRequests(RateLimitExceededException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		LanguageOptions.addTo(model, request);
		response.setHeader("Retry-After", Long.toString(RateLimitExceededException.seconds(ex.getRetryAfter())));
		model.addAttribute(RateLimitExceededException.MINUTES_ATTRIBUTE,
				RateLimitExceededException.minutes(ex.getRetryAfter()));
		if (ex.getKind() != null) {
			model.addAttribute(RateLimitExceededException.KIND_ATTRIBUTE, ex.getKind());
		}
		return "error/429";
	}

}
