package org.commonground.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the printable summary (template {@code export/summary}) to PDF: the same
 * template the browser page uses, with the style sheet inline and DejaVu Sans embedded so
 * that every language's letters print.
 */
@Component
class SummaryExporter {

	static final String TEMPLATE = "export/summary";

	private static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final String css;

	SummaryExporter(ITemplateEngine templates) {
		this.templates = templates;
		this.css = read("static/css/summary.css");
	}

	/** Writes the summary with this model as a PDF. */
	void writePdf(Map<String, Object> model, ExportRequest request, OutputStream out) {
		Map<String, Object> variables = new LinkedHashMap<>(model);
		variables.put("pdf", true);
		variables.put("summaryCss", this.css);
		String html = this.templates.process(TEMPLATE, new Context(request.locale(), variables));
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> stream("fonts/DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> stream("fonts/DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream stream(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = stream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
