package org.commonground.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every Atom feed of the application writes the same way (the dialogue's feed, the
 * newsletter archives): elements, links, times and the response.
 */
public final class Atom {

	private Atom() {
	}

	/** An element holding text (escaped by the writer). */
	public static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	/**
	 * An element holding text in a language, marked with {@code xml:lang} where that is
	 * not the language of the element around it ({@code around}).
	 */
	public static void text(XMLStreamWriter xml, String name, String value, String language, String around)
			throws XMLStreamException {
		xml.writeStartElement(name);
		if (language != null && !language.equals(around)) {
			xml.writeAttribute("xml:lang", language);
		}
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	public static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** An RFC 3339 time in UTC. */
	public static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	/** The feed as the answer: its media type, never sniffed as anything else. */
	public static ResponseEntity<String> response(String feed) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.header("X-Content-Type-Options", "nosniff")
			.body(feed);
	}

}
