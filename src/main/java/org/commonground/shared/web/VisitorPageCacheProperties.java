package org.commonground.shared.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The visitors' page cache ({@link VisitorPageCache}).
 *
 * @param enabled {@code app.visitor-page-cache.enabled}, on by default
 * @param paths {@code app.visitor-page-cache.paths}: the pages kept, as Spring path
 * patterns; only pages everything of which a visitor sees is read from tables that carry
 * the {@code page_version} trigger, and on which nothing changes with the clock faster
 * than {@code max-age} allows (the dialogue page's meetings move from coming to past up
 * to a minute late)
 * @param maxSize {@code app.visitor-page-cache.max-size}: memory for kept pages, least
 * used dropped first
 * @param maxAge {@code app.visitor-page-cache.max-age}: a kept page is rendered again
 * after this long even when nothing changed, so that what each instance keeps in memory
 * for a minute ({@code app.reference-data.max-age}: themes, groups) reaches the page
 */
@ConfigurationProperties("app.visitor-page-cache")
public record VisitorPageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"/dialogues/{slug}", "/dialogues/{slug}/challenges/{id:[0-9]+}", "/dialogues/{slug}/vision",
		"/dialogues/{slug}/vision/versions/{number:[0-9]+}" }) List<String> paths,
		@DefaultValue("16MB") DataSize maxSize, @DefaultValue("1m") Duration maxAge){
}
