//! Images: decoded with limits (dimensions read from the header first, so a small file that
//! declares a huge picture is refused before any pixel is allocated), turned upright by their
//! EXIF orientation, and re-encoded into the variants. Re-encoding writes pixels only: no
//! EXIF (with its GPS position), XMP or comments survive.

use crate::Error;
use crate::domain::{self, MediaType, Size};
use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits, RgbImage,
    RgbaImage,
};
use std::io::Cursor;

/// WebP at this quality looks like the original at these sizes; the fallback JPEG needs a
/// little more for the same look.
const WEBP_QUALITY: f32 = 78.0;
const JPEG_QUALITY: u8 = 82;

/// Most a decoder may allocate: a 40-megapixel image with 16-bit channels and alpha.
const MAX_DECODE_BYTES: u64 = domain::MAX_PIXELS * 8 + 16 * 1024 * 1024;

pub(crate) struct Encoded {
    pub size: Size,
    pub media_type: MediaType,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

/// Every variant of the image in `bytes` (already known, from its first bytes, to be
/// `media_type`): each size in WebP and in the fallback format, largest first.
pub(crate) fn variants(bytes: &[u8], media_type: MediaType) -> Result<Vec<Encoded>, Error> {
    let format = match media_type {
        MediaType::Png => ImageFormat::Png,
        MediaType::Jpeg => ImageFormat::Jpeg,
        MediaType::Webp => ImageFormat::WebP,
        MediaType::Pdf => return Err(Error::NotAllowedType),
    };
    if media_type == MediaType::Jpeg && !jpeg_is_complete(bytes) {
        return Err(Error::NotAnImage(image::ImageError::Decoding(image::error::DecodingError::new(
            image::error::ImageFormatHint::Exact(ImageFormat::Jpeg),
            "no end-of-image marker after the last scan",
        ))));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    // A header that already breaks the limits (huge metadata chunks) is no photo either.
    let mut decoder = reader.into_decoder().map_err(Error::NotAnImage)?;
    let (width, height) = decoder.dimensions();
    if !domain::image_dimensions_allowed(width, height) {
        return Err(Error::ImageTooLarge { width, height });
    }
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => Error::ImageTooLarge { width, height },
        e => Error::NotAnImage(e),
    })?;
    image.apply_orientation(orientation);
    // `into_` keeps the decoded buffer when it already has the layout (most photos).
    let mut current = if is_opaque(&image) {
        Pixels::Opaque(image.into_rgb8())
    } else {
        Pixels::Transparent(image.into_rgba8())
    };

    let mut out = Vec::with_capacity(6);
    // Each size is made from the next larger one: the same look as from the original, and the
    // large photo is resampled once.
    for size in [Size::Full, Size::Page, Size::Thumb] {
        let (w, h) = domain::fit(current.width(), current.height(), size.bounds());
        if (w, h) != (current.width(), current.height()) {
            current = current.resize(w, h)?;
        }
        out.push(Encoded { size, media_type: MediaType::Webp, width: w, height: h, bytes: current.webp()? });
        let (media_type, bytes) = current.fallback()?;
        out.push(Encoded { size, media_type, width: w, height: h, bytes });
    }
    Ok(out)
}

/// Whether the JPEG's last scan (start-of-scan marker `FF DA`) is followed by its end (`FF D9`).
/// The JPEG decoder fills a cut-off picture with grey rather than failing; inside a scan `FF`
/// is always followed by `00` or a restart marker, so `FF D9` there is the real end.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    last_scan.is_some_and(|at| bytes[at..].windows(2).any(|w| w == [0xFF, 0xD9]))
}

/// Whether every pixel is fully opaque, so the image can be a JPEG.
fn is_opaque(image: &DynamicImage) -> bool {
    if !image.color().has_alpha() {
        return true;
    }
    match image {
        DynamicImage::ImageRgba8(buf) => buf.pixels().all(|p| p.0[3] == u8::MAX),
        DynamicImage::ImageLumaA8(buf) => buf.pixels().all(|p| p.0[1] == u8::MAX),
        other => other.to_rgba8().pixels().all(|p| p.0[3] == u8::MAX),
    }
}

/// 8-bit pixels, with an alpha channel only when some pixel is see-through.
enum Pixels {
    Opaque(RgbImage),
    Transparent(RgbaImage),
}

impl Pixels {
    fn width(&self) -> u32 {
        match self {
            Pixels::Opaque(buf) => buf.width(),
            Pixels::Transparent(buf) => buf.width(),
        }
    }

    fn height(&self) -> u32 {
        match self {
            Pixels::Opaque(buf) => buf.height(),
            Pixels::Transparent(buf) => buf.height(),
        }
    }

    fn resize(&self, w: u32, h: u32) -> Result<Pixels, Error> {
        let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom));
        let mut resizer = Resizer::new();
        let resized = match self {
            Pixels::Opaque(buf) => {
                let mut out = RgbImage::new(w, h);
                resizer.resize(buf, &mut out, &options).map(|()| Pixels::Opaque(out))
            }
            Pixels::Transparent(buf) => {
                let mut out = RgbaImage::new(w, h);
                resizer.resize(buf, &mut out, &options).map(|()| Pixels::Transparent(out))
            }
        };
        resized.map_err(|e| Error::NotAnImage(encoding_error(format!("resize: {e}"))))
    }

    fn webp(&self) -> Result<Vec<u8>, Error> {
        let encoder = match self {
            Pixels::Opaque(buf) => webp::Encoder::from_rgb(buf.as_raw(), buf.width(), buf.height()),
            Pixels::Transparent(buf) => webp::Encoder::from_rgba(buf.as_raw(), buf.width(), buf.height()),
        };
        let encoded = encoder
            .encode_simple(false, WEBP_QUALITY)
            .map_err(|e| Error::NotAnImage(encoding_error(format!("WebP: {e:?}"))))?;
        Ok(encoded.to_vec())
    }

    /// JPEG for opaque images, PNG (which keeps transparency) for the others.
    fn fallback(&self) -> Result<(MediaType, Vec<u8>), Error> {
        let mut out = Vec::new();
        match self {
            Pixels::Opaque(buf) => {
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
                    .write_image(buf.as_raw(), buf.width(), buf.height(), ExtendedColorType::Rgb8)
                    .map_err(Error::NotAnImage)?;
                Ok((MediaType::Jpeg, out))
            }
            Pixels::Transparent(buf) => {
                image::codecs::png::PngEncoder::new_with_quality(
                    &mut out,
                    image::codecs::png::CompressionType::Best,
                    image::codecs::png::FilterType::Adaptive,
                )
                .write_image(buf.as_raw(), buf.width(), buf.height(), ExtendedColorType::Rgba8)
                .map_err(Error::NotAnImage)?;
                Ok((MediaType::Png, out))
            }
        }
    }
}

fn encoding_error(message: String) -> image::ImageError {
    image::ImageError::Encoding(image::error::EncodingError::new(
        image::error::ImageFormatHint::Unknown,
        message,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_jpeg_ends_after_its_last_scan() {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1, 0, 4, 0xFF, 0xD9, 0xFF, 0xDA, 1, 2, 0xFF, 0x00, 3];
        assert!(!super::jpeg_is_complete(&jpeg), "an end inside EXIF before the scan does not count");
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        assert!(super::jpeg_is_complete(&jpeg));
        jpeg.extend_from_slice(b"trailing bytes some cameras add");
        assert!(super::jpeg_is_complete(&jpeg));
    }
}
