/**
 * A dialogue's resource library: research, publications, blog posts, videos, audio,
 * datasets, links and photo stories, each linked to the challenges, vision paragraphs and
 * meetings it is evidence for; the uploaded files behind them (kept through
 * {@link org.commonground.resource.FileStorage}, type checked from the content, images
 * re-encoded without EXIF in several widths); the dialogue's blog (commentable through
 * the {@code comment} module); photo stories read one frame per page; and the dialogue's
 * Atom feed. The links show beside the challenges, paragraphs and meetings they support
 * through the {@code dialogue} module's {@link org.commonground.dialogue.EvidenceSource}
 * ({@code ResourceEvidence}), so those modules need not know this one. Public face:
 * {@link org.commonground.resource.ResourceService}. Uses {@code vision} (its newest
 * version, for the feed), {@code comment}, {@code dialogue}, {@code account},
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources",
		allowedDependencies = { "account", "comment", "dialogue", "shared", "vision" })
package org.commonground.resource;
