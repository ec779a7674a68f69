package org.commonground.resource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * JPEGs as a phone writes them: an EXIF block with the camera's orientation, a GPS
 * position (a pit in Geita, 2°52′S 32°10′E) and a description naming it.
 */
public final class TestJpegs {

	/** Written into the EXIF description; must never be served. */
	public static final String SECRET = "PIT-GPS-GEITA-SECRET";

	private TestJpegs() {
	}

	/**
	 * A picture, stored {@code width}×{@code height}, left half red, right half blue,
	 * with EXIF orientation {@code orientation} and a GPS position.
	 */
	public static byte[] withGps(int width, int height, int orientation) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] jpeg = plain.toByteArray();
		byte[] app1 = exif(orientation);
		byte[] out = new byte[jpeg.length + app1.length];
		out[0] = jpeg[0];
		out[1] = jpeg[1];
		System.arraycopy(app1, 0, out, 2, app1.length);
		System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
		return out;
	}

	/** An APP1 segment: IFD0 (orientation, description, GPS pointer) and a GPS IFD. */
	private static byte[] exif(int orientation) {
		byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: 3 entries (2 + 3 * 12 + 4 = 42 bytes), then the description at 50,
		// the GPS IFD at 80, its rationals at 130.
		tiff.putShort((short) 3);
		entry(tiff, 0x010E, 2, description.length, 50);
		entry(tiff, 0x0112, 3, 1, orientation);
		entry(tiff, 0x8825, 4, 1, 80);
		tiff.putInt(0);
		tiff.position(50);
		tiff.put(description);
		tiff.position(80);
		tiff.putShort((short) 4);
		entry(tiff, 0x0001, 2, 2, 'S');
		entry(tiff, 0x0002, 5, 3, 130);
		entry(tiff, 0x0003, 2, 2, 'E');
		entry(tiff, 0x0004, 5, 3, 154);
		tiff.putInt(0);
		tiff.position(130);
		for (int value : new int[] { 2, 52, 30, 32, 10, 15 }) {
			tiff.putInt(value).putInt(1);
		}
		int tiffLength = 178;
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiffLength).order(ByteOrder.BIG_ENDIAN);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
		segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		segment.put(tiff.array(), 0, tiffLength);
		return segment.array();
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count);
		if (type == 3) {
			b.putShort((short) value).putShort((short) 0);
		}
		else if (type == 2 && count <= 4) {
			b.put((byte) value).put((byte) 0).put((byte) 0).put((byte) 0);
		}
		else {
			b.putInt(value);
		}
	}

	/**
	 * A PNG whose header states {@code width}×{@code height} pixels but that holds one: a
	 * decompression bomb's first bytes, cheap to make.
	 */
	public static byte[] pngStating(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
			byte[] png = out.toByteArray();
			// The signature (8 bytes), then IHDR: length (4), type (4), width, height...
			ByteBuffer.wrap(png).putInt(16, width).putInt(20, height);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(png, 12, 17);
			ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
			return png;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A grey JPEG of {@code width}×{@code height}, as large as a phone's best camera. */
	public static byte[] grey(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the bytes hold an EXIF block, a GPS tag's text or the secret anywhere. */
	public static boolean carriesExif(byte[] jpeg) {
		String text = new String(jpeg, StandardCharsets.ISO_8859_1);
		return text.contains("Exif") || text.contains(SECRET) || indexOfMarker(jpeg, 0xE1) >= 0;
	}

	private static int indexOfMarker(byte[] jpeg, int marker) {
		int pos = 2;
		while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int m = jpeg[pos + 1] & 0xFF;
			if (m == marker) {
				return pos;
			}
			if (m == 0xDA) {
				return -1;
			}
			pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
		}
		return -1;
	}

}
