/**
 * Uploads, for every feature (profile photos now; reward images and practice attachments later):
 * {@link app.bravo.shared.upload.Uploads} checks a file's type from its content, limits its size,
 * re-encodes images (which strips their metadata) at a bounded size and stores them in the
 * database under a random key; {@link app.bravo.shared.upload.StoredFileController} serves them,
 * with safe headers, to signed-in people only. Callers (feature services) decide who may upload.
 */
@NullMarked
package app.bravo.shared.upload;

import org.jspecify.annotations.NullMarked;
