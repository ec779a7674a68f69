package org.commonground.resource.web;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.commonground.account.AccountPrincipal;
import org.commonground.resource.DialogueFeed;
import org.commonground.resource.DialogueFeed.Entry;
import org.commonground.resource.DialogueFeed.Feed;

import org.commonground.shared.web.Atom;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A dialogue's Atom feed (RFC 4287): the feed and every entry carry an id, a title and an
 * updated time; the feed its author and its {@code rel="self"} link.
 */
@Controller
class FeedController {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private final DialogueFeed feeds;

	private final MessageSource messages;

	FeedController(DialogueFeed feeds, MessageSource messages) {
		this.feeds = feeds;
		this.messages = messages;
	}

	@GetMapping("/dialogues/{slug}/feed.atom")
	ResponseEntity<String> showFeed(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			HttpServletRequest request, Locale locale) throws XMLStreamException {
		Feed feed = this.feeds.feed(slug, viewer, locale);
		String reader = locale.getLanguage();
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String dialoguePath = "/dialogues/" + feed.view().dialogue().getSlug();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml:lang", reader);
		Atom.text(xml, "id", base + dialoguePath + "/feed.atom");
		Atom.text(xml, "title", feed.text().getTitle(), feed.text().getLanguage(), reader);
		if (feed.text().getSummary() != null) {
			Atom.text(xml, "subtitle", feed.text().getSummary(), feed.text().getLanguage(), reader);
		}
		Atom.text(xml, "updated", Atom.time(feed.updated()));
		xml.writeStartElement("author");
		Atom.text(xml, "name", this.messages.getMessage("resource.feed.author", null, locale));
		xml.writeEndElement();
		Atom.link(xml, "self", base + dialoguePath + "/feed.atom", "application/atom+xml");
		Atom.link(xml, "alternate", base + dialoguePath, "text/html");
		for (Entry entry : feed.entries()) {
			xml.writeStartElement("entry");
			Atom.text(xml, "id", base + entry.path());
			String title = (entry.title() != null) ? entry.title()
					: this.messages.getMessage("resource.feed.vision-version",
							new Object[] { entry.path().substring(entry.path().lastIndexOf('/') + 1) }, locale);
			Atom.text(xml, "title", title, entry.titleLanguage(), reader);
			Atom.text(xml, "published", Atom.time(entry.published()));
			Atom.text(xml, "updated", Atom.time(entry.updated()));
			Atom.link(xml, "alternate", base + entry.path(), "text/html");
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", entry.category());
			xml.writeAttribute("label", this.messages.getMessage(switch (entry.category()) {
				case "VISION_VERSION" -> "resource.feed.vision";
				case "MEETING" -> "resource.feed.meeting";
				case "MEETING_CANCELLED" -> "resource.feed.meeting-cancelled";
				default -> "resource.kind." + entry.category();
			}, null, locale));
			if (!entry.summary().isBlank()) {
				Atom.text(xml, "summary", abbreviated(entry.summary()), entry.summaryLanguage(), reader);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return Atom.response(out.toString());
	}

	private static String abbreviated(String text) {
		String clean = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
		return (clean.length() > 500) ? clean.substring(0, 497) + "…" : clean;
	}

}
