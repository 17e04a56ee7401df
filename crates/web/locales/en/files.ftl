# Uploaded files: what a person is told when a file cannot be stored.
files-error-too-large = The file is too large.
files-error-empty = Choose a file to send.
files-error-type = Files of this type are not accepted here.
files-error-not-image = This file is not an image that can be read: send a PNG, JPEG or WebP photo.
files-error-image-too-large = The image has too many pixels. Send a smaller one (at most 40 megapixels, 12,000 pixels a side).
files-error-truncated = The file did not arrive whole. Please send it again.
files-error-expired = Sending the file took too long. Please send it again.
files-error-store-unavailable = Files cannot be stored right now. Nothing was saved; please try again in a few minutes.
files-error-internal = Something went wrong while storing the file. It has been logged; please try again later.
