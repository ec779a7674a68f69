package org.commonground.export.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.commonground.account.AccountPrincipal;
import org.commonground.export.ExportFormat;
import org.commonground.export.ExportOptions;
import org.commonground.export.ExportRequest;
import org.commonground.export.ExportService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /dialogues/{slug}/export.csv}, {@code .json} and {@code .pdf}: the summary
 * exports, streamed; {@code /summary}: the printable page. Options:
 * {@code identities=true} and {@code hidden=true} (admins), {@code from} and {@code to}
 * (ISO dates, UTC, inclusive).
 */
@Controller
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/dialogues/{slug}/export.csv")
	void exportCsv(@PathVariable String slug, @ModelAttribute ExportForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportRequest request = this.exports.authorize(slug, viewer, form.toOptions(), ExportFormat.CSV, locale);
		start(response, request);
		this.exports.writeCsv(request, response.getOutputStream());
	}

	@GetMapping("/dialogues/{slug}/export.json")
	void exportJson(@PathVariable String slug, @ModelAttribute ExportForm form,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportRequest request = this.exports.authorize(slug, viewer, form.toOptions(), ExportFormat.JSON, locale);
		start(response, request);
		this.exports.writeJson(request, response.getOutputStream());
	}

	@GetMapping("/dialogues/{slug}/export.pdf")
	void exportPdf(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportRequest request = this.exports.authorize(slug, viewer, ExportOptions.defaults(), ExportFormat.PDF,
				locale);
		start(response, request);
		this.exports.writePdf(request, response.getOutputStream());
	}

	/** The printable summary in the browser: the same template as the PDF. */
	@GetMapping("/dialogues/{slug}/summary")
	String showSummary(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Locale locale,
			Model model) {
		ExportRequest request = this.exports.authorize(slug, viewer, ExportOptions.defaults(), ExportFormat.HTML,
				locale);
		model.addAllAttributes(this.exports.summary(request));
		return "export/summary";
	}

	private static void start(HttpServletResponse response, ExportRequest request) {
		response.setContentType(request.format().mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(request.fileName()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
