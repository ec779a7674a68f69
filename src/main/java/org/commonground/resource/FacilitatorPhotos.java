package org.commonground.resource;

import org.commonground.dialogue.DialogueView;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos only a dialogue's facilitators may see, such as a photo of the cards or the flip
 * chart a workshop's contributions were typed up from: taken in like the library's images
 * (type from the bytes, re-encoded without EXIF, in the configured widths) but never
 * served by the library's download address.
 */
@Service
public class FacilitatorPhotos {

	private final FileIntake intake;

	private final StoredFileRepository files;

	private final FileStorage storage;

	FacilitatorPhotos(FileIntake intake, StoredFileRepository files, FileStorage storage) {
		this.intake = intake;
		this.files = files;
		this.storage = storage;
	}

	/**
	 * Keeps a photo for the facilitators of a dialogue; its bytes go again if the
	 * transaction rolls back.
	 * @return the stored file's id
	 * @throws NotFoundException unless the viewer facilitates the dialogue
	 * @throws ResourceRuleException {@code resource.error.too-large} or
	 * {@code resource.error.image-type} (not an image) or
	 * {@code resource.error.too-many-pixels}, at the field {@code file}
	 */
	@Transactional
	public long keep(DialogueView view, String originalName, byte[] content) {
		requireFacilitator(view);
		StoredFile file = this.intake.accept(view.dialogue().getId(), view.context().viewerId(), originalName, content,
				true);
		file.restrictToFacilitators();
		return file.getId();
	}

	/**
	 * Refuses a photo larger than {@code app.files.max-size} before anything reads it.
	 * @throws ResourceRuleException {@code resource.error.too-large}
	 */
	public void requireAllowedSize(long size) {
		this.intake.requireAllowedSize(size);
	}

	/** Whether the file is a facilitators' photo of the dialogue. */
	public boolean exists(DialogueView view, long fileId) {
		return view.context().facilitates()
				&& this.files.findFacilitatorsOnly(fileId, view.dialogue().getId()).isPresent();
	}

	/**
	 * The photo at the given width (the largest when none is given), for a facilitator.
	 * @throws NotFoundException unless the viewer facilitates the dialogue and the photo
	 * is one of its facilitators' photos, in that width
	 */
	public ResourceService.FileDownload read(DialogueView view, long fileId, Integer width) {
		requireFacilitator(view);
		StoredFile file = this.files.findFacilitatorsOnly(fileId, view.dialogue().getId())
			.orElseThrow(NotFoundException::new);
		int variant = (width != null) ? width : file.getWidths().get(file.getWidths().size() - 1);
		if (!file.getWidths().contains(variant)) {
			throw new NotFoundException();
		}
		String key = file.keyOf(variant);
		return new ResourceService.FileDownload(file, () -> this.storage.read(key));
	}

	private static void requireFacilitator(DialogueView view) {
		if (!view.context().facilitates()) {
			throw new NotFoundException();
		}
	}

}
