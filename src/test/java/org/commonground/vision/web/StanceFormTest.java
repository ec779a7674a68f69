package org.commonground.vision.web;

import org.commonground.account.TestPrincipals;
import org.commonground.shared.security.WebSlice;
import org.commonground.vision.Stance;
import org.commonground.vision.VisionService;
import org.commonground.vision.VisionTranslations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Setting a stance binds a {@link StanceForm}: only the three stances reach the service.
 */
@WebMvcTest(VisionController.class)
@Import(WebSlice.class)
class StanceFormTest {

	private static final String STANCE = "/dialogues/geita/vision/versions/3/paragraphs/p2/stance";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	VisionService visions;

	@MockitoBean
	VisionTranslations translations;

	private final RequestPostProcessor member = user(TestPrincipals.participant(7L, "Member"));

	@Test
	void aStanceIsSavedAndThePageOpensAtItsParagraph() throws Exception {
		this.mvc.perform(post(STANCE).with(this.member).with(csrf()).param("stance", "CAN_LIVE_WITH"))
			.andExpect(redirectedUrl("/dialogues/geita/vision/versions/3#paragraph-p2"))
			.andExpect(flash().attribute("flashSuccess", "vision.stance.saved"))
			.andExpect(flash().attribute("flashParagraph", "p2"));
		verify(this.visions).setStance(eq("geita"), any(), eq(3), eq("p2"), eq(Stance.CAN_LIVE_WITH));
	}

	@Test
	void anUnknownOrMissingStanceIsRefusedBesideTheParagraph() throws Exception {
		this.mvc.perform(post(STANCE).with(this.member).with(csrf()).param("stance", "MAYBE"))
			.andExpect(redirectedUrl("/dialogues/geita/vision/versions/3#paragraph-p2"))
			.andExpect(flash().attribute("flashError", "vision.error.stance"));
		this.mvc.perform(post(STANCE).with(this.member).with(csrf()))
			.andExpect(flash().attribute("flashError", "vision.error.stance"));
		verify(this.visions, never()).setStance(anyString(), any(), anyInt(), anyString(), any());
	}

}
