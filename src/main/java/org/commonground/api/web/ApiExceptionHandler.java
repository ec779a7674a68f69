package org.commonground.api.web;

import org.commonground.api.ApiJson.ErrorJson;
import org.commonground.api.BadCursorException;
import org.commonground.shared.web.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API's errors as JSON, before the HTML error pages of the rest of the site. */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ErrorJson> notFound() {
		return error(HttpStatus.NOT_FOUND, "not_found");
	}

	@ExceptionHandler({ BadCursorException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ErrorJson> badRequest() {
		return error(HttpStatus.BAD_REQUEST, "bad_request");
	}

	static ResponseEntity<ErrorJson> error(HttpStatus status, String code) {
		return ResponseEntity.status(status).body(new ErrorJson(status.value(), code));
	}

}
