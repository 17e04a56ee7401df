//! Files made for the tests and the figures: photos, images with metadata, a decompression
//! bomb, documents, and upload streams.

use bytes::Bytes;
use futures_util::Stream;
use image::{ExtendedColorType, ImageEncoder, RgbImage, RgbaImage};

/// A photo-like JPEG: a sky gradient, hills, a sun, and sensor noise, which is what makes
/// real photos large. 4000×3000 at quality 90 is about 3 MB.
pub fn photo(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let mut rng = seed | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let (w, h) = (width as f32, height as f32);
    let mut img = RgbImage::new(width, height);
    for (x, y, px) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32 / w, y as f32 / h);
        let hill = 0.6 + 0.08 * (fx * 9.0).sin() + 0.05 * (fx * 23.0 + 1.0).sin();
        let sun = ((fx - 0.75).powi(2) + (fy - 0.2).powi(2)).sqrt() < 0.06;
        let base = if sun {
            [255.0, 236.0, 170.0]
        } else if fy < hill {
            [70.0 + 90.0 * fy, 130.0 + 80.0 * fy, 230.0 - 40.0 * fy]
        } else {
            let stripes = 12.0 * ((fx * 60.0 + fy * 15.0).sin() + 1.0);
            [50.0 + stripes, 110.0 + 50.0 * (1.0 - fy) + stripes, 40.0]
        };
        let noise = (next() % 19) as f32 - 9.0;
        let c = |v: f32| (v + noise).clamp(0.0, 255.0) as u8;
        *px = image::Rgb([c(base[0]), c(base[1]), c(base[2])]);
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(img.as_raw(), width, height, ExtendedColorType::Rgb8)
        .expect("encode photo");
    out
}

/// An opaque PNG with a pattern.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 7) as u8, (y * 5) as u8, ((x ^ y) * 3) as u8])
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), width, height, ExtendedColorType::Rgb8)
        .expect("encode png");
    out
}

/// A logo: a circle on a transparent background.
pub fn transparent_png(size: u32) -> Vec<u8> {
    let r = size as f32 / 2.0;
    let img = RgbaImage::from_fn(size, size, |x, y| {
        let d = ((x as f32 - r).powi(2) + (y as f32 - r).powi(2)).sqrt();
        if d < r * 0.8 { image::Rgba([20, 120, 60, 255]) } else { image::Rgba([0, 0, 0, 0]) }
    });
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), size, size, ExtendedColorType::Rgba8)
        .expect("encode png");
    out
}

/// Text that says where a photo was taken, as a camera's EXIF would.
pub const SECRET: &str = "Kampung Baru 3.1650N 101.7050E";

/// The JPEG with an EXIF block (APP1) inserted after its start marker: orientation 6 (turn
/// 90° clockwise to show), the artist [`SECRET`], and a GPS block with latitude and
/// longitude.
pub fn with_gps_exif(jpeg: &[u8]) -> Vec<u8> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
    // TIFF, big-endian. IFD0 at 8 with three entries, the GPS IFD after it with four, then the
    // values that do not fit in an entry.
    let ifd0_at = 8u32;
    let ifd0_len = 2 + 3 * 12 + 4;
    let gps_at = ifd0_at + ifd0_len;
    let gps_len = 2 + 4 * 12 + 4;
    let artist_at = gps_at + gps_len;
    let artist = format!("{SECRET}\0");
    let lat_at = artist_at + artist.len() as u32;
    let lon_at = lat_at + 24;

    let mut t = Vec::new();
    t.extend_from_slice(b"MM\0\x2A");
    t.extend_from_slice(&ifd0_at.to_be_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    };
    t.extend_from_slice(&3u16.to_be_bytes());
    entry(&mut t, 0x0112, 3, 1, [0, 6, 0, 0]); // Orientation: SHORT 6
    entry(&mut t, 0x013B, 2, artist.len() as u32, artist_at.to_be_bytes()); // Artist
    entry(&mut t, 0x8825, 4, 1, gps_at.to_be_bytes()); // GPS IFD pointer
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(&4u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, 5, 3, lat_at.to_be_bytes());
    entry(&mut t, 0x0003, 2, 2, *b"E\0\0\0");
    entry(&mut t, 0x0004, 5, 3, lon_at.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(artist.as_bytes());
    for (num, den) in [(3u32, 1u32), (9, 1), (5400, 100), (101, 1), (42, 1), (1800, 100)] {
        t.extend_from_slice(&num.to_be_bytes());
        t.extend_from_slice(&den.to_be_bytes());
    }

    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&t);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A PNG of a few dozen bytes that declares `width`×`height` pixels.
pub fn png_declaring(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut out, b"IHDR", &ihdr);
    // An empty deflate stream: the pixels would come from decompressing this.
    chunk(&mut out, b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A small PDF-looking document with `text` in it (the store reads only the first bytes).
pub fn pdf(text: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .into_bytes()
}

/// The bytes as an upload stream in chunks of `chunk` bytes.
pub fn stream(bytes: Vec<u8>, chunk: usize) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send {
    let chunks: Vec<Result<Bytes, std::io::Error>> =
        bytes.chunks(chunk.max(1)).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
    futures_util::stream::iter(chunks)
}
