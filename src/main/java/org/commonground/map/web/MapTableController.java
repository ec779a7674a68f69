package org.commonground.map.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonground.account.AccountPrincipal;
import org.commonground.map.MapService;
import org.commonground.map.RelationView;
import org.commonground.map.StakeholderMap;
import org.commonground.shared.csv.SpreadsheetCells;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /dialogues/{slug}/map.csv}: the map's table as its page shows it (one row
 * per agreed relation: from, relation, to, strength, evidence, the groups that dispute
 * it), in the reader's language, for anyone who may read the map. Facilitators' Kumu
 * sheets for a round trip are {@link MapTransferController}'s.
 */
@Controller
class MapTableController {

	private final MapService maps;

	private final MessageSource messages;

	MapTableController(MapService maps, MessageSource messages) {
		this.maps = maps;
		this.messages = messages;
	}

	@GetMapping("/dialogues/{slug}/map.csv")
	ResponseEntity<byte[]> table(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			Locale locale) {
		StakeholderMap map = this.maps.map(slug, viewer, locale);
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		List<String> headers = List.of("from", "type", "to", "strength", "evidence", "disputed")
			.stream()
			.map((c) -> message("map.col." + c, locale))
			.toList();
		try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get().print(out)) {
			for (RelationView r : map.relations()) {
				String evidence = (r.evidence() != null)
						? message("map.evidence." + r.evidence().kind(), locale, r.evidence().label()) : "";
				String disputed = String.join(", ", r.disputedBy());
				csv.printRecord(SpreadsheetCells.safe(r.fromName()), message("map.type." + r.type(), locale),
						SpreadsheetCells.safe(r.toName()), message("map.strength." + r.strength(), locale),
						SpreadsheetCells.safe(evidence), SpreadsheetCells.safe(disputed));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(slug + "-map.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
