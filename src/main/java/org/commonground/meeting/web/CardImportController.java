package org.commonground.meeting.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.meeting.CardImport;
import org.commonground.meeting.ImportPreview;
import org.commonground.meeting.MeetingRuleException;
import org.commonground.shared.web.Flash;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk capture after a workshop: the CSV template in each language, the upload with its
 * preview, the confirmation and the import's progress.
 */
@Controller
class CardImportController {

	/** The largest sheet accepted (20,000 rows of cards fit well inside). */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	private final CardImport imports;

	CardImportController(CardImport imports) {
		this.imports = imports;
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/import")
	String showImport(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return page(slug, id, viewer, null, null, model, locale);
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/import/template.csv")
	ResponseEntity<byte[]> showTemplate(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "lang", required = false) String lang,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale) {
		Locale language = SupportedLanguages.isSupported(lang) ? SupportedLanguages.toLocale(lang) : locale;
		byte[] body = this.imports.template(slug, id, viewer, language).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("cards-" + language.getLanguage() + ".csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/import")
	String createPreview(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			return page(slug, id, viewer, null, "recorded.import.error.no-file", model, locale);
		}
		if (file.getSize() > MAX_BYTES) {
			return page(slug, id, viewer, null, "recorded.import.error.too-big", model, locale);
		}
		String text;
		try {
			if (!looksLikeText(file.getBytes())) {
				// A picture, a PDF or a spreadsheet (.xlsx): say what to upload instead.
				return page(slug, id, viewer, null, "recorded.import.error.not-csv", model, locale);
			}
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return page(slug, id, viewer, null, "recorded.import.error.encoding", model, locale);
		}
		catch (IOException ex) {
			return page(slug, id, viewer, null, "recorded.import.error.unreadable", model, locale);
		}
		ImportPreview preview;
		try {
			preview = this.imports.preview(slug, id, file.getOriginalFilename(), text, viewer, locale);
		}
		catch (MeetingRuleException ex) {
			// The dialogue is no longer open: the page says so and offers no upload.
			Flash.error(redirect, ex.getMessageKey());
			return "redirect:/dialogues/" + slug + "/meetings/" + id + "/import";
		}
		if (preview.fileProblem() != null) {
			return page(slug, id, viewer, null, preview.fileProblem(), model, locale);
		}
		return page(slug, id, viewer, preview, null, model, locale);
	}

	@PostMapping("/dialogues/{slug}/meetings/{id}/import/{importId}/confirm")
	String confirmImport(@PathVariable String slug, @PathVariable long id, @PathVariable long importId,
			@AuthenticationPrincipal AccountPrincipal viewer, Locale locale, RedirectAttributes redirect) {
		try {
			this.imports.confirm(slug, id, importId, viewer, locale);
		}
		catch (MeetingRuleException ex) {
			Flash.error(redirect, ex.getMessageKey());
		}
		return "redirect:/dialogues/" + slug + "/meetings/" + id + "/import/" + importId;
	}

	@GetMapping("/dialogues/{slug}/meetings/{id}/import/{importId}")
	String showProgress(@PathVariable String slug, @PathVariable long id, @PathVariable long importId,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("progress", this.imports.progress(slug, id, importId, viewer));
		return page(slug, id, viewer, null, null, model, locale);
	}

	/**
	 * Whether the file can be a sheet of text at all: not a file with the signature of a
	 * picture, a PDF, a ZIP (an .xlsx or .ods) or an old Excel file, and no NUL byte near
	 * its start. A text in another encoding than UTF-8 passes, and is refused as such.
	 */
	static boolean looksLikeText(byte[] content) {
		for (byte[] signature : BINARY_SIGNATURES) {
			if (java.util.Arrays.equals(content, 0, Math.min(content.length, signature.length), signature, 0,
					signature.length)) {
				return false;
			}
		}
		int end = Math.min(content.length, 8192);
		for (int i = 0; i < end; i++) {
			if (content[i] == 0) {
				return false;
			}
		}
		return true;
	}

	/** PNG, JPEG, GIF, PDF, ZIP (xlsx, ods, docx), OLE (xls, doc), WebP/RIFF. */
	private static final byte[][] BINARY_SIGNATURES = { { (byte) 0x89, 'P', 'N', 'G' },
			{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, { 'G', 'I', 'F', '8' }, { '%', 'P', 'D', 'F' },
			{ 'P', 'K', 3, 4 }, { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, { 'R', 'I', 'F', 'F' } };

	private String page(String slug, long id, AccountPrincipal viewer, ImportPreview preview, String fileError,
			Model model, Locale locale) {
		model.addAttribute("page", this.imports.page(slug, id, viewer, locale));
		model.addAttribute("preview", preview);
		// A problem may carry its argument after a colon: "...unreadable-line:3".
		int colon = (fileError != null) ? fileError.indexOf(':') : -1;
		model.addAttribute("fileError", (colon < 0) ? fileError : fileError.substring(0, colon));
		model.addAttribute("fileErrorArgument", (colon < 0) ? null : fileError.substring(colon + 1));
		return "meeting/import";
	}

}
