package org.commonground.resource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Images are re-encoded without EXIF, turned upright, in the configured widths. */
class ImageProcessorTest {

	ImageProcessor processor = new ImageProcessor(new FileProperties("filesystem", Path.of("unused"),
			List.of(320, 640, 1024), 0.72f, org.springframework.util.unit.DataSize.ofMegabytes(20)));

	@Test
	void readsTheOrientationTheCameraWrote() {
		assertThat(ExifOrientation.of(TestJpegs.withGps(40, 20, 6))).isEqualTo(6);
		assertThat(ExifOrientation.of(TestJpegs.withGps(40, 20, 3))).isEqualTo(3);
		assertThat(ExifOrientation.of(new byte[] { 1, 2, 3 })).isEqualTo(1);
	}

	@Test
	void keepsNoExifAndTurnsThePictureUpright() throws IOException {
		byte[] upload = TestJpegs.withGps(800, 400, 6);
		assertThat(TestJpegs.carriesExif(upload)).isTrue();
		ImageProcessor.ProcessedImage processed = this.processor.process(upload);
		// Turned a quarter clockwise: 400 wide, 800 high; kept at 320 and 400 (never
		// enlarged).
		assertThat(processed.variants().keySet()).containsExactly(320, 400);
		assertThat(processed.width()).isEqualTo(400);
		assertThat(processed.height()).isEqualTo(800);
		for (byte[] variant : processed.variants().values()) {
			assertThat(TestJpegs.carriesExif(variant)).isFalse();
		}
		BufferedImage largest = ImageIO.read(new ByteArrayInputStream(processed.variants().get(400)));
		assertThat(largest.getWidth()).isEqualTo(400);
		assertThat(largest.getHeight()).isEqualTo(800);
		// The red left half is now on top.
		assertThat(new java.awt.Color(largest.getRGB(200, 100)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(largest.getRGB(200, 700)).getBlue()).isGreaterThan(200);
	}

	@Test
	void aPhoneOnASlowLinkGetsASmallFile() throws IOException {
		ImageProcessor.ProcessedImage processed = this.processor.process(TestJpegs.withGps(2000, 1500, 1));
		assertThat(processed.variants().keySet()).containsExactly(320, 640, 1024);
		assertThat(processed.variants().get(320).length).isLessThan(30 * 1024);
	}

	@Test
	void refusesWhatIsNoImage() {
		assertThatThrownBy(() -> this.processor.process("%PDF-1.4 not an image".getBytes()))
			.isInstanceOf(IOException.class);
	}

	@Test
	void aFiftyMegapixelPhotoIsTakenDecodedAtAFractionOfItsPixels() throws IOException {
		// 8160 × 6120, as a 50 MP phone camera writes: read with every third pixel of
		// every third row (tens of megabytes, not hundreds), still wider than 1024.
		byte[] photo = TestJpegs.grey(8160, 6120);
		BufferedImage decoded = ImageProcessor.decode(photo, 1024, false);
		assertThat(decoded.getWidth()).isEqualTo(2720);
		assertThat((long) decoded.getWidth() * decoded.getHeight()).isLessThanOrEqualTo(ImageProcessor.DECODED_PIXELS);
		ImageProcessor.ProcessedImage processed = this.processor.process(photo);
		assertThat(processed.variants().keySet()).containsExactly(320, 640, 1024);
		assertThat(processed.height()).isEqualTo(768);
		// Turned a quarter, its 6120 rows become the width that must stay above 1024.
		assertThat(ImageProcessor.subsampling(8160L * 6120, 6120, 1024)).isEqualTo(3);
		// A tall narrow picture is never read narrower than the widest variant.
		assertThat(ImageProcessor.subsampling(2500L * 20000, 2500, 1024)).isEqualTo(2);
		assertThat(ImageProcessor.subsampling(800L * 400, 800, 1024)).isEqualTo(1);
	}

	@Test
	void aPictureWithTooManyPixelsIsRefusedFromItsHeaderSayingHowMany() {
		assertThatThrownBy(() -> this.processor.process(TestJpegs.pngStating(30000, 30000))).isInstanceOfSatisfying(
				ImageProcessor.TooManyPixelsException.class, (ex) -> assertThat(ex.megapixels()).isEqualTo(900));
		assertThatThrownBy(() -> this.processor.process(TestJpegs.pngStating(12000, 12000)))
			.isInstanceOf(ImageProcessor.TooManyPixelsException.class);
	}

}
