package org.commonground.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

	@Test
	void plainTextUpTo160CharactersIsOneGsmSegment() {
		SmsSegments segments = SmsSegments.of("a".repeat(160));
		assertThat(segments.unicode()).isFalse();
		assertThat(segments.count()).isEqualTo(1);
		assertThat(SmsSegments.of("a".repeat(161)).count()).isEqualTo(2);
	}

	@Test
	void longGsmTextIsSplitIn153SeptetParts() {
		SmsSegments segments = SmsSegments.of("b".repeat(307));
		assertThat(segments.count()).isEqualTo(3);
		assertThat(segments.parts()).extracting(String::length).containsExactly(153, 153, 1);
		assertThat(String.join("", segments.parts())).isEqualTo("b".repeat(307));
	}

	@Test
	void extensionCharactersCountTwoAndAreNeverSplit() {
		assertThat(SmsSegments.septets("€[x")).isEqualTo(5);
		assertThat(SmsSegments.of("€".repeat(80)).count()).isEqualTo(1);
		SmsSegments split = SmsSegments.of("a" + "€".repeat(80));
		assertThat(split.count()).isEqualTo(2);
		// 1 + 76 x 2 = 153 septets; the 77th euro sign would need 154.
		assertThat(split.parts().get(0)).isEqualTo("a" + "€".repeat(76));
	}

	@Test
	void swahiliAndFrenchStayInGsm() {
		assertThat(SmsSegments.of("Tumepokea, asante. Wawezeshaji watasoma ujumbe wako.").unicode()).isFalse();
		assertThat(SmsSegments.of("Bien reçu? Non: é è à ù ñ ü ö Ä").unicode()).isTrue();
		assertThat(SmsSegments.of("Réponse à tout moment : éèàù").unicode()).isFalse();
	}

	@Test
	void unicodeTextTakes70OrSplitsIn67AndKeepsSurrogatePairs() {
		assertThat(SmsSegments.of("á".repeat(70)).count()).isEqualTo(1);
		SmsSegments segments = SmsSegments.of("á".repeat(71));
		assertThat(segments.unicode()).isTrue();
		assertThat(segments.parts()).extracting(String::length).containsExactly(67, 4);
		SmsSegments emoji = SmsSegments.of("a".repeat(66) + "😀" + "b".repeat(10));
		assertThat(emoji.parts().get(0)).isEqualTo("a".repeat(66));
		assertThat(emoji.parts().get(1)).startsWith("😀");
	}

	@Test
	void answersFitInTwoSegments() {
		String message = SmsAnswers.message("You said: \"@@1\" We did: @@2", "x".repeat(500), "y".repeat(900));
		assertThat(SmsSegments.of(message).count()).isEqualTo(2);
		assertThat(message).startsWith("You said: \"xxx").contains("We did: yyy").endsWith("...");
		String unicode = SmsAnswers.message("Usted dijo: \"@@1\" Hicimos: @@2", "á".repeat(300), "ó".repeat(300));
		assertThat(SmsSegments.of(unicode).count()).isEqualTo(2);
		assertThat(SmsAnswers.message("Said @@1 did @@2", "short", "done")).isEqualTo("Said short did done");
	}

}
