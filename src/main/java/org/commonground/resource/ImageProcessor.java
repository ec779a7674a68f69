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
	 * Larger images are refused before decoding (a small file can decode to gigabytes).
	 */
	static final long MAX_PIXELS = 40_000_000L;

	private final FileProperties properties;

	ImageProcessor(FileProperties properties) {
		this.properties = properties;
	}

	/**
	 * The image in each configured width not larger than the original (at least one).
	 * @throws IOException if the bytes are not an image ImageIO can read
	 */
	ProcessedImage process(byte[] content) throws IOException {
		BufferedImage image = oriented(decode(content), ExifOrientation.of(content));
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

	private static BufferedImage decode(byte[] content) throws IOException {
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
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new IOException("Image too large");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
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
