package org.commonground.resource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Re-encodes an uploaded image as plain JPEGs in the configured widths: the camera's
 * orientation applied to the pixels, and nothing else of the original kept (no EXIF, so
 * no GPS position, camera or time; no comments, no ICC profile).
 */
@Component
class ImageProcessor {

	/**
	 * Larger images are refused before decoding, from the dimensions their header states
	 * (a small file can decode to gigabytes): 64 megapixels takes the 48 to 50 megapixel
	 * photos of today's phones.
	 */
	static final long MAX_PIXELS = 64_000_000L;

	/**
	 * At most this many pixels are decoded: a larger image is read with only every n-th
	 * pixel of every n-th row, still wider than the widest variant, so that a 50
	 * megapixel photo takes tens of megabytes of memory rather than hundreds.
	 */
	static final long DECODED_PIXELS = 6_000_000L;

	private final FileProperties properties;

	ImageProcessor(FileProperties properties) {
		this.properties = properties;
	}

	/**
	 * The image in each configured width not larger than the original (at least one).
	 * @throws IOException if the bytes are not an image ImageIO can read
	 */
	ProcessedImage process(byte[] content) throws IOException {
		int orientation = ExifOrientation.of(content);
		BufferedImage image = oriented(decode(content, widest(), orientation >= 5), orientation);
		Map<Integer, byte[]> variants = new LinkedHashMap<>();
		int largest = 0;
		for (int width : this.properties.imageWidths().stream().sorted().toList()) {
			int target = Math.min(width, image.getWidth());
			variants.put(target, encode(scaled(image, target)));
			largest = target;
			if (width >= image.getWidth()) {
				break;
			}
		}
		int height = (int) Math.round((double) image.getHeight() * largest / image.getWidth());
		return new ProcessedImage(variants, largest, height);
	}

	private int widest() {
		return this.properties.imageWidths().stream().mapToInt(Integer::intValue).max().orElse(1024);
	}

	/**
	 * The image, subsampled when it has more than {@link #DECODED_PIXELS} pixels, never
	 * below the widest variant's width.
	 * @param widest the widest variant kept
	 * @param turned whether the image is turned a quarter (its height becomes the width)
	 * @throws TooManyPixelsException if its header states more than {@link #MAX_PIXELS}
	 */
	static BufferedImage decode(byte[] content, int widest, boolean turned) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			if (input == null) {
				throw new IOException("Not a readable image");
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new IOException("Not a readable image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				long pixels = (long) width * height;
				if (pixels > MAX_PIXELS) {
					throw new TooManyPixelsException(pixels);
				}
				int step = subsampling(pixels, turned ? height : width, widest);
				ImageReadParam param = reader.getDefaultReadParam();
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The smallest step that brings the pixels under {@link #DECODED_PIXELS}, unless that
	 * makes the picture narrower than the widest variant (a step of 1: all pixels).
	 */
	static int subsampling(long pixels, int shownWidth, int widest) {
		int step = 1;
		while (pixels / ((long) step * step) > DECODED_PIXELS && shownWidth / (step + 1) >= widest) {
			step++;
		}
		return step;
	}

	/** An image whose header states more pixels than {@link #MAX_PIXELS}. */
	static final class TooManyPixelsException extends IOException {

		private final long pixels;

		TooManyPixelsException(long pixels) {
			super("Image of " + pixels + " pixels");
			this.pixels = pixels;
		}

		/** Its pixels, in whole megapixels rounded up. */
		long megapixels() {
			return (this.pixels + 999_999) / 1_000_000;
		}

	}

	/** Turns and mirrors the pixels as EXIF orientation 1 to 8 says. */
	static BufferedImage oriented(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return rgb(image);
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			default -> t.setTransform(0, -1, 1, 0, 0, w);
		}
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, out.getWidth(), out.getHeight());
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static BufferedImage rgb(BufferedImage image) {
		return draw(image, image.getWidth(), image.getHeight());
	}

	/** Halves the size step by step (each step bilinear), then draws the last step. */
	private static BufferedImage scaled(BufferedImage image, int width) {
		BufferedImage current = image;
		while (current.getWidth() / 2 >= width) {
			current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
		}
		int height = Math.max(1, (int) Math.round((double) current.getHeight() * width / current.getWidth()));
		return (current.getWidth() == width) ? current : draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private byte[] encode(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(this.properties.jpegQuality());
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * An image re-encoded as JPEGs.
	 *
	 * @param variants the JPEG bytes by width, ascending
	 * @param width the largest width
	 * @param height the largest variant's height
	 */
	record ProcessedImage(Map<Integer, byte[]> variants, int width, int height) {
	}

}
