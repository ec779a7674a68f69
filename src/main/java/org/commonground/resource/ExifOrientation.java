package org.commonground.resource;

/**
 * Reads the orientation tag (0x0112) of a JPEG's EXIF block, the only EXIF value the
 * application uses: re-encoded images keep none of the rest (positions, camera, times).
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/** The orientation (1 to 8) written by the camera; 1 when there is none. */
	static int of(byte[] jpeg) {
		if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			return NORMAL;
		}
		int pos = 2;
		while (pos + 4 <= jpeg.length) {
			if ((jpeg[pos] & 0xFF) != 0xFF) {
				return NORMAL;
			}
			int marker = jpeg[pos + 1] & 0xFF;
			if (marker == 0xDA || marker == 0xD9) {
				return NORMAL;
			}
			int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
			int start = pos + 4;
			if (marker == 0xE1 && length >= 8 && start + 6 <= jpeg.length && jpeg[start] == 'E'
					&& jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i' && jpeg[start + 3] == 'f') {
				int orientation = fromTiff(jpeg, start + 6, Math.min(jpeg.length, pos + 2 + length));
				if (orientation != 0) {
					return orientation;
				}
			}
			pos += 2 + length;
		}
		return NORMAL;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		if (tiff + 8 > end) {
			return 0;
		}
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		int ifd = tiff + (int) read(b, tiff + 4, 4, little);
		if (ifd < tiff || ifd + 2 > end) {
			return 0;
		}
		int entries = (int) read(b, ifd, 2, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 0;
			}
			if (read(b, entry, 2, little) == 0x0112) {
				int value = (int) read(b, entry + 8, 2, little);
				return (value >= 1 && value <= 8) ? value : 0;
			}
		}
		return 0;
	}

	private static long read(byte[] b, int at, int size, boolean little) {
		long value = 0;
		for (int i = 0; i < size; i++) {
			int octet = b[at + (little ? size - 1 - i : i)] & 0xFF;
			value = (value << 8) | octet;
		}
		return value;
	}

}
