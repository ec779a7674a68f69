package org.commonground.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.account.AccountPrincipal;
import org.commonground.export.ExportFormat;
import org.commonground.export.ExportOptions;
import org.commonground.export.ExportRequest;
import org.commonground.export.ExportService;
import org.commonground.shared.web.BadRequestException;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.PreferenceLocaleResolver;
import org.commonground.shared.web.RateLimitExceededException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /dialogues/{slug}/export.csv}, {@code .json} and {@code .pdf}: the summary
 * exports, streamed, each audited and counted against the viewer's export allowance;
 * {@code /summary}: the printable page, read (neither audited nor counted). Options:
 * {@code identities=true} and {@code hidden=true} (admins), {@code from} and {@code to}
 * (ISO dates, inclusive, days in the dialogue's time zone), {@code lang} (labels, and
 * texts where translated, in that language).
 */
@Controller
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/dialogues/{slug}/export.csv")
	void exportCsv(@PathVariable String slug, @ModelAttribute ExportForm form, BindingResult binding,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		understood(binding);
		ExportRequest request = this.exports.authorize(slug, viewer, form.toOptions(), ExportFormat.CSV,
				language(form.getLang(), locale, servletRequest));
		start(response, request);
		this.exports.writeCsv(request, response.getOutputStream());
	}

	@GetMapping("/dialogues/{slug}/export.json")
	void exportJson(@PathVariable String slug, @ModelAttribute ExportForm form, BindingResult binding,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		understood(binding);
		ExportRequest request;
		try {
			request = this.exports.authorize(slug, viewer, form.toOptions(), ExportFormat.JSON,
					language(form.getLang(), locale, servletRequest));
		}
		catch (NotFoundException ex) {
			// A JSON address answers a refusal in JSON, as the API does: not an HTML page
			// sent as application/json.
			refuse(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND_JSON);
			return;
		}
		catch (RateLimitExceededException ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.getRetryAfter().toSeconds())));
			refuse(response, HttpStatus.TOO_MANY_REQUESTS.value(), TOO_MANY_REQUESTS_JSON);
			return;
		}
		start(response, request);
		this.exports.writeJson(request, response.getOutputStream());
	}

	/**
	 * The API's error body for a refusal: {@code {"status": 404, "error": "not_found"}}.
	 */
	static final String NOT_FOUND_JSON = "{\"status\":404,\"error\":\"not_found\"}";

	/** The API's error body when the viewer's export allowance is used up. */
	static final String TOO_MANY_REQUESTS_JSON = "{\"status\":429,\"error\":\"too_many_requests\"}";

	private static void refuse(HttpServletResponse response, int status, String body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body);
	}

	@GetMapping("/dialogues/{slug}/export.pdf")
	void exportPdf(@PathVariable String slug, @RequestParam(name = "lang", required = false) String lang,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		ExportRequest request = this.exports.authorize(slug, viewer, ExportOptions.defaults(), ExportFormat.PDF,
				language(lang, locale, servletRequest));
		start(response, request);
		this.exports.writePdf(request, response.getOutputStream());
	}

	/** The printable summary in the browser: the same template as the PDF. */
	@GetMapping("/dialogues/{slug}/summary")
	String showSummary(@PathVariable String slug, @RequestParam(name = "lang", required = false) String lang,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, HttpServletRequest servletRequest,
			Model model) {
		// Reading the page is not an export: no allowance used, nothing audited.
		ExportRequest request = this.exports.view(slug, viewer, language(lang, locale, servletRequest));
		model.addAllAttributes(this.exports.summary(request));
		ExportForm form = new ExportForm();
		form.setLang(lang);
		model.addAttribute("exportForm", form);
		return "export/summary";
	}

	/**
	 * The summary page's export form (GET, no script): options the export understands
	 * lead to the download ({@code export.csv} or {@code .json} with the same
	 * parameters); a date that cannot be read, or a last day before the first, shows the
	 * summary again with the error beside the field and the values as typed (400).
	 */
	@GetMapping("/dialogues/{slug}/export")
	String exportFromForm(@PathVariable String slug, @ModelAttribute("exportForm") ExportForm form,
			BindingResult binding, @AuthenticationPrincipal AccountPrincipal viewer, Locale locale,
			HttpServletRequest servletRequest, HttpServletResponse response, Model model) {
		if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
			binding.rejectValue("to", "export.to.before-from");
		}
		if (!binding.hasErrors()) {
			return "redirect:" + form.downloadPath(slug);
		}
		ExportRequest request = this.exports.view(slug, viewer, language(form.getLang(), locale, servletRequest));
		model.addAllAttributes(this.exports.summary(request));
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "export/summary";
	}

	/**
	 * Parameters that could not be read (a date that does not exist, a flag that is not
	 * true or false) answer 400 with the error page.
	 */
	private static void understood(BindingResult binding) {
		if (binding.hasErrors()) {
			throw new BadRequestException("Export parameters not understood: " + binding.getFieldErrorCount());
		}
	}

	/**
	 * The language of the export: {@code lang} (one of the five) for this response only,
	 * else the interface language.
	 * @throws BadRequestException 400 (the error page) for a language the platform does
	 * not have
	 */
	private static Locale language(String lang, Locale interfaceLocale, HttpServletRequest request) {
		if (lang == null || lang.isBlank()) {
			return interfaceLocale;
		}
		Locale chosen = SupportedLanguages.toLocale(lang.strip());
		if (chosen == null) {
			throw new BadRequestException("lang: one of " + SupportedLanguages.CODES);
		}
		request.setAttribute(PreferenceLocaleResolver.OVERRIDE_ATTRIBUTE, chosen);
		return chosen;
	}

	private static void start(HttpServletResponse response, ExportRequest request) {
		response.setContentType(request.format().mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(request.fileName()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
