package org.commonground.export;

/** The formats a summary is exported in, with their file extension and media type. */
public enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"), JSON("json", "application/json"), PDF("pdf", "application/pdf"),

	/** The printable page in the browser. */
	HTML("html", "text/html;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

}
