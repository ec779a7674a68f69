package org.commonground.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

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
		response.setHeader("Retry-After", Long.toString(Math.max(1, ex.getRetryAfter().toSeconds())));
		return "error/429";
	}

}
