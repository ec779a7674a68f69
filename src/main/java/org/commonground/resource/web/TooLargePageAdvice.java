package org.commonground.resource.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.commonground.resource.FileProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the 413 page (a form whose file is far over the limit, never read) the largest
 * file that can be uploaded and, when the form was posted to a dialogue, the address of
 * that dialogue's library to go back to when the browser did not say which page the form
 * was on.
 */
@ControllerAdvice
class TooLargePageAdvice {

	private static final Pattern DIALOGUE = Pattern.compile("^/dialogues/([A-Za-z0-9-]+)/");

	// A provider: web-layer test slices load controller advice without the resource
	// module's properties.
	private final ObjectProvider<FileProperties> properties;

	TooLargePageAdvice(ObjectProvider<FileProperties> properties) {
		this.properties = properties;
	}

	@ModelAttribute
	void addTooLargeFacts(HttpServletRequest request, Model model) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!Integer.valueOf(HttpStatus.PAYLOAD_TOO_LARGE.value()).equals(status)) {
			return;
		}
		FileProperties files = this.properties.getIfAvailable();
		if (files != null) {
			model.addAttribute("uploadLimit", files.maxSizeLabel());
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Matcher dialogue = (uri instanceof String path) ? DIALOGUE.matcher(path) : null;
		if (dialogue != null && dialogue.find()) {
			model.addAttribute("libraryPath", "/dialogues/" + dialogue.group(1) + "/resources");
		}
	}

}
