//! The file store's pure rules: media types read from bytes, file names made safe, object
//! keys, variant sizes, and the parts of HTTP (ranges, validators, dispositions) that need no
//! I/O.

use std::fmt::Write as _;

/// The types of file the platform stores, each recognised by its bytes, never by its name or a
/// browser's word. SVG is not among the images: it can carry scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MediaType {
    Png,
    Jpeg,
    Webp,
    Pdf,
}

impl MediaType {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Webp => "image/webp",
            MediaType::Pdf => "application/pdf",
        }
    }

    pub fn parse(s: &str) -> Option<MediaType> {
        [MediaType::Png, MediaType::Jpeg, MediaType::Webp, MediaType::Pdf]
            .into_iter()
            .find(|t| t.as_str() == s)
    }

    /// The file-name extension that goes with the type, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
            MediaType::Webp => "webp",
            MediaType::Pdf => "pdf",
        }
    }

    pub fn is_image(self) -> bool {
        !matches!(self, MediaType::Pdf)
    }

    /// The type of a file from its first bytes.
    pub fn sniff(head: &[u8]) -> Option<MediaType> {
        if head.starts_with(b"%PDF-") {
            return Some(MediaType::Pdf);
        }
        match kernel::validate::image_type(head)? {
            "image/png" => Some(MediaType::Png),
            "image/jpeg" => Some(MediaType::Jpeg),
            "image/webp" => Some(MediaType::Webp),
            _ => None,
        }
    }
}

/// How many leading bytes [`MediaType::sniff`] needs.
pub(crate) const SNIFF_BYTES: usize = 16;

/// The sizes an image is stored in, for the places that show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Size {
    /// Cards and lists (96×72 CSS pixels at twice the density).
    Thumb,
    /// The width of a page's text column.
    Page,
    /// Full screen.
    Full,
}

impl Size {
    pub const ALL: [Size; 3] = [Size::Thumb, Size::Page, Size::Full];

    pub fn as_str(self) -> &'static str {
        match self {
            Size::Thumb => "thumb",
            Size::Page => "page",
            Size::Full => "full",
        }
    }

    pub fn parse(s: &str) -> Option<Size> {
        Size::ALL.into_iter().find(|size| size.as_str() == s)
    }

    /// The box (width, height) the variant is fitted into. Thumbnails and page images are
    /// sized by width (layouts are); the height bound only stops a very tall image from
    /// turning into a very heavy variant.
    pub(crate) fn bounds(self) -> (u32, u32) {
        match self {
            Size::Thumb => (192, 576),
            Size::Page => (800, 2400),
            Size::Full => (1600, 1600),
        }
    }
}

/// The dimensions of an image of `width`×`height` fitted into `bounds`, keeping its aspect
/// ratio and never enlarging it.
pub(crate) fn fit(width: u32, height: u32, bounds: (u32, u32)) -> (u32, u32) {
    let (max_w, max_h) = bounds;
    if width <= max_w && height <= max_h {
        return (width, height);
    }
    let scale = f64::min(max_w as f64 / width as f64, max_h as f64 / height as f64);
    let w = ((width as f64 * scale).round() as u32).clamp(1, max_w);
    let h = ((height as f64 * scale).round() as u32).clamp(1, max_h);
    (w, h)
}

/// The largest image accepted, in pixels and per side: a phone photo is 12–48 megapixels.
pub(crate) const MAX_PIXELS: u64 = 40_000_000;
pub(crate) const MAX_SIDE: u32 = 12_000;

pub(crate) fn image_dimensions_allowed(width: u32, height: u32) -> bool {
    width > 0
        && height > 0
        && width <= MAX_SIDE
        && height <= MAX_SIDE
        && width as u64 * height as u64 <= MAX_PIXELS
}

const NAME_MAX_CHARS: usize = 120;

/// A file name safe to show in a page and to send back in a `Content-Disposition` header: no
/// folders, no control or invisible direction-changing characters, nothing that breaks quoting
/// or markup. Letters of every script stay, with their combining marks and the joiners some
/// scripts need (Sinhala, Devanagari, Persian). A long name keeps its extension.
pub fn clean_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = last.chars().filter(|c| !unsafe_in_name(*c)).collect();
    let name = name.trim().trim_start_matches('.').trim().to_string();
    let name = shorten(&name, NAME_MAX_CHARS);
    if name.is_empty() { "file".into() } else { name }
}

fn unsafe_in_name(c: char) -> bool {
    c.is_control()
        || "\"<>&;:*?|`'%".contains(c)
        // Direction marks, embeddings, overrides and isolates: they make "gpj.exe" look like
        // "exe.jpg".
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        // Line and paragraph separators, the byte-order mark, interlinear annotation marks.
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let (stem, ext) = split_extension(name);
    let ext_chars = ext.map_or(0, |e| e.chars().count() + 1);
    let keep = max.saturating_sub(ext_chars).max(1);
    let mut out: String = stem.chars().take(keep).collect();
    if let Some(ext) = ext.filter(|_| ext_chars < max) {
        out.push('.');
        out.push_str(ext);
    }
    out.trim().to_string()
}

/// An extension (up to five letters or digits, at least one a letter, as in `.jpeg` or
/// `.mp4`; `.2026` in "Minutes 12.5.2026" is no extension) and the rest.
fn split_extension(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric())
                && ext.bytes().any(|b| b.is_ascii_alphabetic()) =>
        {
            (stem, Some(ext))
        }
        _ => (name, None),
    }
}

/// The name with the extension of the type it is stored as, so a saved file opens with the
/// right program whatever it was called (`report.exe` holding a PDF is saved as `report.pdf`,
/// and an image is re-encoded, so `photo.webp` may be kept as `photo.jpg`).
pub(crate) fn with_extension(name: &str, media_type: MediaType) -> String {
    let (stem, _) = split_extension(name);
    format!("{stem}.{}", media_type.extension())
}

/// Where the object with this SHA-256 (lower-case hex) lives in the store: two levels of
/// folders keep any one folder small on a local disk.
pub(crate) fn blob_key(sha256: &str) -> String {
    format!("sha256/{}/{}/{sha256}", &sha256[0..2], &sha256[2..4])
}

/// The SHA-256 a store key names, if it is one of ours.
pub(crate) fn sha_of_key(key: &str) -> Option<&str> {
    let mut parts = key.split('/');
    let (Some("sha256"), Some(a), Some(b), Some(sha), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    (is_sha256(sha) && sha[0..2] == *a && sha[2..4] == *b).then_some(sha)
}

pub(crate) fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether the file is shown in the page or saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Inline,
    Attachment,
}

/// How long browsers and proxies may keep a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// A year, never revalidated: for URLs whose content never changes and that anyone may see.
    Public,
    /// Never stored: for files behind a permission check.
    Private,
}

impl Caching {
    pub(crate) fn header(self) -> &'static str {
        match self {
            Caching::Public => "public, max-age=31536000, immutable",
            Caching::Private => "private, no-store",
        }
    }
}

/// `Content-Disposition` with an ASCII `filename` for old clients and the exact name as
/// RFC 6266 / RFC 8187 `filename*` when it is not plain ASCII. The name is already clean (no
/// quotes, backslashes or control characters).
pub(crate) fn content_disposition(disposition: Disposition, name: &str) -> String {
    let kind = match disposition {
        Disposition::Inline => "inline",
        Disposition::Attachment => "attachment",
    };
    let ascii: String =
        name.chars().map(|c| if c.is_ascii() && !c.is_ascii_control() { c } else { '_' }).collect();
    let mut out = format!("{kind}; filename=\"{ascii}\"");
    if !name.is_ascii() {
        out.push_str("; filename*=UTF-8''");
        for byte in name.bytes() {
            if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
                out.push(byte as char);
            } else {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// The strong entity tag of a content-addressed file.
pub(crate) fn etag(sha256: &str) -> String {
    format!("\"{sha256}\"")
}

/// Whether an `If-None-Match` header names this entity tag (weak comparison, as RFC 9110
/// asks for this header).
pub(crate) fn none_match(header: &str, etag: &str) -> bool {
    header.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

/// What a `Range` header asks of a file of `size` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RangeRequest {
    /// No range, or one we answer with the whole file (several ranges, another unit, bad syntax).
    Whole,
    /// Bytes `start..=end`.
    Part { start: u64, end: u64 },
    /// A range that lies outside the file.
    Unsatisfiable,
}

pub(crate) fn range_request(header: Option<&str>, size: u64) -> RangeRequest {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return RangeRequest::Whole;
    };
    if spec.contains(',') {
        return RangeRequest::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return RangeRequest::Whole;
    };
    let (first, last) = (first.trim(), last.trim());
    let number = |s: &str| s.parse::<u64>().ok().filter(|_| s.bytes().all(|b| b.is_ascii_digit()));
    match (first.is_empty(), last.is_empty()) {
        // The last N bytes.
        (true, false) => match number(last) {
            Some(0) => RangeRequest::Unsatisfiable,
            Some(n) if size > 0 => RangeRequest::Part { start: size.saturating_sub(n), end: size - 1 },
            Some(_) => RangeRequest::Unsatisfiable,
            None => RangeRequest::Whole,
        },
        (false, _) => {
            let Some(start) = number(first) else { return RangeRequest::Whole };
            let end = if last.is_empty() { Some(u64::MAX) } else { number(last) };
            match end {
                None => RangeRequest::Whole,
                Some(end) if end < start => RangeRequest::Whole,
                Some(_) if start >= size => RangeRequest::Unsatisfiable,
                Some(end) => RangeRequest::Part { start, end: end.min(size - 1) },
            }
        }
        (true, true) => RangeRequest::Whole,
    }
}

/// `srcset` of variants: each URL with its width, narrowest first, one entry per width.
pub(crate) fn srcset<'a>(entries: impl IntoIterator<Item = (String, u32)> + 'a) -> String {
    let mut entries: Vec<(String, u32)> = entries.into_iter().collect();
    entries.sort_by_key(|(_, w)| *w);
    entries.dedup_by_key(|(_, w)| *w);
    entries.iter().map(|(url, w)| format!("{url} {w}w")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_read_from_bytes() {
        assert_eq!(MediaType::sniff(b"%PDF-1.7 ..."), Some(MediaType::Pdf));
        assert_eq!(MediaType::sniff(b"\x89PNG\r\n\x1a\n...."), Some(MediaType::Png));
        assert_eq!(MediaType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(MediaType::Jpeg));
        assert_eq!(MediaType::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(MediaType::Webp));
        assert_eq!(MediaType::sniff(b"PK\x03\x04 zip"), None);
        assert_eq!(MediaType::sniff(b"<svg xmlns="), None);
        assert_eq!(MediaType::sniff(b"GIF89a"), None);
        for t in [MediaType::Png, MediaType::Jpeg, MediaType::Webp, MediaType::Pdf] {
            assert_eq!(MediaType::parse(t.as_str()), Some(t));
        }
    }

    #[test]
    fn names_lose_folders_controls_and_markup_but_keep_every_script() {
        assert_eq!(clean_name("C:\\fakepath\\Roadmap 2027 (draft).pdf"), "Roadmap 2027 (draft).pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("..\\..\\boot.ini"), "boot.ini");
        assert_eq!(clean_name("\"><script>.pdf"), "script.pdf");
        assert_eq!(clean_name(".."), "file");
        assert_eq!(clean_name(""), "file");
        assert_eq!(clean_name(".htaccess"), "htaccess");
        assert_eq!(clean_name("report\0.pdf"), "report.pdf");
        assert_eq!(clean_name("line\r\nSet-Cookie: x=1.pdf"), "lineSet-Cookie x=1.pdf");
        assert_eq!(clean_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(clean_name("a\u{2066}b\u{2069}c\u{200F}.pdf"), "abc.pdf");
        assert_eq!(clean_name("100%.pdf"), "100.pdf");
        // Thai with its combining vowels and tone marks, Devanagari with a virama, Sinhala with a
        // zero-width joiner, Chinese, Arabic.
        for name in ["ร่างแผน.pdf", "सहकारी संस्था.pdf", "ශ්\u{200D}රී ලංකා.pdf", "合作社报告.pdf", "تقرير.pdf"]
        {
            assert_eq!(clean_name(name), name);
        }
        let long = format!("{}.pdf", "ก".repeat(300));
        let short = clean_name(&long);
        assert_eq!(short.chars().count(), NAME_MAX_CHARS);
        assert!(short.ends_with(".pdf"));
    }

    #[test]
    fn names_take_the_extension_of_what_is_stored() {
        assert_eq!(with_extension("photo.webp", MediaType::Jpeg), "photo.jpg");
        assert_eq!(with_extension("logo", MediaType::Png), "logo.png");
        assert_eq!(with_extension("v1.2 final.jpeg", MediaType::Jpeg), "v1.2 final.jpg");
        assert_eq!(with_extension("Minutes 12.5.2026", MediaType::Pdf), "Minutes 12.5.2026.pdf");
        assert_eq!(with_extension("invoice.exe", MediaType::Pdf), "invoice.pdf");
        assert_eq!(with_extension("ร่างแผน.PDF", MediaType::Pdf), "ร่างแผน.pdf");
    }

    #[test]
    fn keys_name_their_hash() {
        let sha = "ab".repeat(32);
        let key = blob_key(&sha);
        assert_eq!(key, format!("sha256/ab/ab/{sha}"));
        assert_eq!(sha_of_key(&key), Some(sha.as_str()));
        assert_eq!(sha_of_key(&format!("sha256/ab/cd/{sha}")), None);
        assert_eq!(sha_of_key("sha256/ab/ab/xyz"), None);
        assert_eq!(sha_of_key("health/probe"), None);
    }

    #[test]
    fn images_are_fitted_never_enlarged() {
        assert_eq!(fit(4000, 3000, Size::Thumb.bounds()), (192, 144));
        assert_eq!(fit(4000, 3000, Size::Page.bounds()), (800, 600));
        assert_eq!(fit(4000, 3000, Size::Full.bounds()), (1600, 1200));
        assert_eq!(fit(3000, 4000, Size::Full.bounds()), (1200, 1600));
        assert_eq!(fit(150, 100, Size::Full.bounds()), (150, 100));
        assert_eq!(fit(200, 12000, Size::Thumb.bounds()), (10, 576));
        assert_eq!(fit(12000, 1, Size::Thumb.bounds()), (192, 1));
        assert!(image_dimensions_allowed(8000, 5000));
        assert!(!image_dimensions_allowed(8000, 6000));
        assert!(!image_dimensions_allowed(12_001, 10));
        assert!(!image_dimensions_allowed(100_000, 100_000));
        assert!(!image_dimensions_allowed(0, 10));
    }

    #[test]
    fn dispositions_carry_any_name() {
        assert_eq!(
            content_disposition(Disposition::Attachment, "Roadmap 2027.pdf"),
            "attachment; filename=\"Roadmap 2027.pdf\""
        );
        assert_eq!(
            content_disposition(Disposition::Inline, "ร่าง.pdf"),
            "inline; filename=\"____.pdf\"; filename*=UTF-8''%E0%B8%A3%E0%B9%88%E0%B8%B2%E0%B8%87.pdf"
        );
    }

    #[test]
    fn validators_match_tags() {
        let tag = etag("abc");
        assert!(none_match("\"abc\"", &tag));
        assert!(none_match("\"x\", W/\"abc\"", &tag));
        assert!(none_match("*", &tag));
        assert!(!none_match("\"abd\"", &tag));
    }

    #[test]
    fn ranges_are_read_as_http_says() {
        use RangeRequest::*;
        assert_eq!(range_request(None, 100), Whole);
        assert_eq!(range_request(Some("bytes=0-9"), 100), Part { start: 0, end: 9 });
        assert_eq!(range_request(Some("bytes=90-"), 100), Part { start: 90, end: 99 });
        assert_eq!(range_request(Some("bytes=90-200"), 100), Part { start: 90, end: 99 });
        assert_eq!(range_request(Some("bytes=-10"), 100), Part { start: 90, end: 99 });
        assert_eq!(range_request(Some("bytes=-1000"), 100), Part { start: 0, end: 99 });
        assert_eq!(range_request(Some("bytes=100-"), 100), Unsatisfiable);
        assert_eq!(range_request(Some("bytes=-0"), 100), Unsatisfiable);
        assert_eq!(range_request(Some("bytes=0-1,5-6"), 100), Whole);
        assert_eq!(range_request(Some("bytes=9-1"), 100), Whole);
        assert_eq!(range_request(Some("bytes=+1-2"), 100), Whole);
        assert_eq!(range_request(Some("items=0-1"), 100), Whole);
        assert_eq!(range_request(Some("bytes=0-0"), 0), Unsatisfiable);
    }

    #[test]
    fn srcset_lists_each_width_once() {
        let set = srcset([("/b".to_string(), 800), ("/a".to_string(), 192), ("/c".to_string(), 800)]);
        assert_eq!(set, "/a 192w, /b 800w");
    }

    #[test]
    fn each_type_has_its_name_and_extension() {
        use MediaType::*;
        for (t, name, ext, image) in [
            (Png, "image/png", "png", true),
            (Jpeg, "image/jpeg", "jpg", true),
            (Webp, "image/webp", "webp", true),
            (Pdf, "application/pdf", "pdf", false),
        ] {
            assert_eq!((t.as_str(), t.extension(), t.is_image()), (name, ext, image));
        }
        assert_eq!(MediaType::parse("image/svg+xml"), None);
        assert_eq!(MediaType::sniff(b"%PDF"), None, "not the whole signature");
        for size in Size::ALL {
            assert_eq!(Size::parse(size.as_str()), Some(size));
        }
        assert_eq!(
            (Size::Thumb.as_str(), Size::Page.as_str(), Size::Full.as_str()),
            ("thumb", "page", "full")
        );
        assert_eq!(Size::parse("huge"), None);
    }

    #[test]
    fn fitting_and_allowed_sizes_at_their_edges() {
        assert_eq!(fit(192, 576, Size::Thumb.bounds()), (192, 576), "exactly the box");
        assert_eq!(fit(193, 576, Size::Thumb.bounds()), (192, 573));
        assert_eq!(fit(192, 577, Size::Thumb.bounds()), (192, 576), "height bound; width rounds back");
        assert_eq!(fit(1, 100_000, Size::Full.bounds()), (1, 1600), "never thinner than a pixel");
        assert_eq!(fit(1601, 1601, Size::Full.bounds()), (1600, 1600));
        assert!(image_dimensions_allowed(MAX_SIDE, 1));
        assert!(image_dimensions_allowed(1, MAX_SIDE));
        assert!(!image_dimensions_allowed(1, MAX_SIDE + 1));
        assert!(!image_dimensions_allowed(10, 0));
        assert!(image_dimensions_allowed(10_000, 4_000), "exactly forty megapixels");
        assert!(!image_dimensions_allowed(10_000, 4_001));
        assert!(!image_dimensions_allowed(7_000, 7_000), "49 megapixels, each side allowed");
    }

    #[test]
    fn names_lose_separators_and_marks_and_are_cut_at_their_edge() {
        assert_eq!(clean_name("a\u{2028}b\u{FEFF}c\u{FFFA}.pdf"), "abc.pdf");
        assert_eq!(clean_name("a\u{061C}b.pdf"), "ab.pdf");
        assert_eq!(clean_name(" . report.pdf "), "report.pdf");
        let exact = format!("{}.pdf", "a".repeat(NAME_MAX_CHARS - 4));
        assert_eq!(clean_name(&exact), exact, "at the limit, kept whole");
        let over = format!("{}.pdf", "a".repeat(NAME_MAX_CHARS - 3));
        assert_eq!(clean_name(&over), format!("{}.pdf", "a".repeat(NAME_MAX_CHARS - 4)));
        assert_eq!(clean_name(&"ก".repeat(NAME_MAX_CHARS + 1)), "ก".repeat(NAME_MAX_CHARS), "no extension");
        assert_eq!(shorten("abcdef.pdf", 5), "a.pdf");
        assert_eq!(shorten("abcdef.pdf", 6), "ab.pdf");
        assert_eq!(shorten("abcdef.jpeg", 5), "a", "no room for the extension");
        assert_eq!(shorten("abcdef.jpeg", 6), "a.jpeg");
        assert_eq!(shorten("abc  def", 4), "abc", "trimmed after the cut");
    }

    #[test]
    fn extensions_are_short_and_have_a_letter() {
        assert_eq!(split_extension("a.mp4"), ("a", Some("mp4")));
        assert_eq!(split_extension("a.jpeg5"), ("a", Some("jpeg5")));
        assert_eq!(split_extension("a.x"), ("a", Some("x")));
        assert_eq!(split_extension("a.abcdef"), ("a.abcdef", None));
        assert_eq!(split_extension("a."), ("a.", None));
        assert_eq!(split_extension(".pdf"), (".pdf", None));
        assert_eq!(split_extension("a.p-f"), ("a.p-f", None));
        assert_eq!(split_extension("a.2026"), ("a.2026", None));
    }

    #[test]
    fn only_lower_case_hex_of_sixty_four_digits_is_a_hash() {
        assert!(is_sha256(&"0123456789abcdef".repeat(4)));
        assert!(!is_sha256(&"a".repeat(63)));
        assert!(!is_sha256(&"a".repeat(65)));
        assert!(!is_sha256(&"A".repeat(64)));
        assert!(!is_sha256(&"g".repeat(64)));
        let sha = "ab".repeat(32);
        assert_eq!(sha_of_key(&format!("sha256/ab/ab/{sha}/more")), None);
        assert_eq!(sha_of_key(&format!("sha512/ab/ab/{sha}")), None);
        assert_eq!(sha_of_key(&format!("sha256/aa/ab/{sha}")), None);
        assert_eq!(etag("abc"), "\"abc\"");
    }

    #[test]
    fn caching_and_dispositions() {
        assert_eq!(Caching::Public.header(), "public, max-age=31536000, immutable");
        assert_eq!(Caching::Private.header(), "private, no-store");
        assert_eq!(content_disposition(Disposition::Inline, "a\tb.pdf"), "inline; filename=\"a_b.pdf\"");
        assert_eq!(
            content_disposition(Disposition::Attachment, "é (1)!.pdf"),
            "attachment; filename=\"_ (1)!.pdf\"; filename*=UTF-8''%C3%A9%20%281%29!.pdf"
        );
        assert!(!none_match("", "\"abc\""));
        assert!(none_match(" \"x\" ,\"abc\" ", "\"abc\""));
    }

    #[test]
    fn ranges_at_their_edges() {
        use RangeRequest::*;
        assert_eq!(range_request(Some(" bytes= 5 - 5 "), 100), Part { start: 5, end: 5 });
        assert_eq!(range_request(Some("bytes=99-99"), 100), Part { start: 99, end: 99 });
        assert_eq!(range_request(Some("bytes=99-"), 100), Part { start: 99, end: 99 });
        assert_eq!(range_request(Some("bytes=0-"), 1), Part { start: 0, end: 0 });
        assert_eq!(range_request(Some("bytes=-100"), 100), Part { start: 0, end: 99 });
        assert_eq!(range_request(Some("bytes=-1"), 100), Part { start: 99, end: 99 });
        assert_eq!(range_request(Some("bytes=-5"), 0), Unsatisfiable);
        assert_eq!(range_request(Some("bytes=101-200"), 100), Unsatisfiable);
        assert_eq!(range_request(Some("bytes="), 100), Whole);
        assert_eq!(range_request(Some("bytes=-"), 100), Whole);
        assert_eq!(range_request(Some("bytes=5"), 100), Whole);
        assert_eq!(range_request(Some("bytes=a-5"), 100), Whole);
        assert_eq!(range_request(Some("bytes=0-x"), 100), Whole);
        assert_eq!(range_request(Some("bytes=-x"), 100), Whole);
        assert_eq!(range_request(Some("bytes=-+5"), 100), Whole);
    }
}
