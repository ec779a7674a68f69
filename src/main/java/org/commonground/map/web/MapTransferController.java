package org.commonground.map.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.commonground.account.AccountPrincipal;
import org.commonground.map.KumuCsv;
import org.commonground.map.MapRuleException;
import org.commonground.map.MapService;
import org.commonground.shared.web.Flash;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Facilitators move a map in and out as CSV in Kumu's two-sheet shape: a ZIP or two
 * files, every row previewed with its errors before anything is written.
 */
@Controller
@RequestMapping("/dialogues/{slug}/map")
class MapTransferController {

	/** The most a sheet may hold (2,000 rows of text fit well inside). */
	static final int MAX_BYTES = 1_000_000;

	private final MapService maps;

	MapTransferController(MapService maps) {
		this.maps = maps;
	}

	@GetMapping("/import")
	String importForm(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("view", this.maps.facilitated(slug, viewer));
		model.addAttribute("form", new ImportForm());
		return "map/import";
	}

	@PostMapping("/import")
	String preview(@PathVariable String slug, @ModelAttribute("form") ImportForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("view", this.maps.facilitated(slug, viewer));
		try {
			if (present(form.getZipFile())) {
				Map<String, String> files = unzip(form.getZipFile());
				form.setElementsCsv(files.getOrDefault("elements.csv", ""));
				form.setConnectionsCsv(files.getOrDefault("connections.csv", ""));
			}
			else {
				form.setElementsCsv(read(form.getElementsFile()));
				form.setConnectionsCsv(read(form.getConnectionsFile()));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			errors.rejectValue("zipFile", "map.import.error.file");
			return "map/import";
		}
		if (form.getElementsCsv().isBlank() && form.getConnectionsCsv().isBlank()) {
			errors.rejectValue("zipFile", "map.import.error.empty");
			return "map/import";
		}
		model.addAttribute("sheets",
				this.maps.previewImport(slug, viewer, form.getElementsCsv(), form.getConnectionsCsv()));
		return "map/import-preview";
	}

	@PostMapping("/import/confirm")
	String confirm(@PathVariable String slug, @ModelAttribute("form") ImportForm form, BindingResult errors,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, RedirectAttributes redirect) {
		try {
			this.maps.importMap(slug, viewer, form.getElementsCsv(), form.getConnectionsCsv());
			Flash.success(redirect, "map.import.done");
			return "redirect:/dialogues/" + slug + "/map";
		}
		catch (MapRuleException ex) {
			model.addAttribute("view", this.maps.facilitated(slug, viewer));
			KumuCsv.Sheets sheets = this.maps.previewImport(slug, viewer, form.getElementsCsv(),
					form.getConnectionsCsv());
			model.addAttribute("sheets", sheets);
			return "map/import-preview";
		}
	}

	@GetMapping("/export.zip")
	ResponseEntity<byte[]> exportZip(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : this.maps.exportCsv(slug, viewer).entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return download(slug + "-map.zip", MediaType.parseMediaType("application/zip"), bytes.toByteArray());
	}

	@GetMapping({ "/elements.csv", "/connections.csv" })
	ResponseEntity<byte[]> exportSheet(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			jakarta.servlet.http.HttpServletRequest request) {
		String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
		return download(slug + "-" + name, MediaType.parseMediaType("text/csv;charset=UTF-8"),
				this.maps.exportCsv(slug, viewer).get(name).getBytes(StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private static boolean present(MultipartFile file) {
		return file != null && !file.isEmpty();
	}

	private static String read(MultipartFile file) throws IOException {
		if (!present(file)) {
			return "";
		}
		if (file.getSize() > MAX_BYTES) {
			throw new IllegalArgumentException("too large");
		}
		return new String(file.getBytes(), StandardCharsets.UTF_8);
	}

	/** The two sheets of a ZIP, by their file names (folders ignored), size-limited. */
	private static Map<String, String> unzip(MultipartFile file) throws IOException {
		Map<String, String> files = new java.util.HashMap<>();
		try (InputStream in = file.getInputStream(); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1).toLowerCase();
				if (!entry.isDirectory() && (name.equals("elements.csv") || name.equals("connections.csv"))) {
					byte[] content = zip.readNBytes(MAX_BYTES + 1);
					if (content.length > MAX_BYTES) {
						throw new IllegalArgumentException("too large");
					}
					files.put(name, new String(content, StandardCharsets.UTF_8));
				}
			}
		}
		return files;
	}

}
