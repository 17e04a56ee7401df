//! Validation of what people type. Each failure names a Fluent message key, so the form can
//! show it next to the field in the person's language.

use serde::{Deserialize, Serialize};

pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 200;
pub const DISPLAY_NAME_MAX_CHARS: usize = 100;

/// The languages the interface speaks, English first. A catalogue must exist for each.
pub const LANGUAGES: [(&str, &str); 3] =
    [("en", "English"), ("id", "Bahasa Indonesia"), ("ms", "Bahasa Melayu")];

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Accepts `local@domain.tld`, trimmed and with the domain lower-cased. Deliberately not
    /// RFC 5322 in full: it refuses what is surely a typo and leaves the rest to verification.
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err("error-email-required");
        }
        let (local, domain) = raw.rsplit_once('@').ok_or("error-email-invalid")?;
        let valid_local = !local.is_empty()
            && local.len() <= 64
            && !local.contains(['@', ' ', '<', '>', ',', ';', '"', '\\'])
            && !local.starts_with('.')
            && !local.ends_with('.');
        let valid_domain = domain.len() <= 255
            && domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !valid_local || !valid_domain || raw.chars().any(char::is_control) {
            return Err("error-email-invalid");
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a new password's length in characters (not bytes, so any script counts fairly).
pub fn password(raw: &str) -> Result<(), &'static str> {
    let chars = raw.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        Err("error-password-too-short")
    } else if chars > PASSWORD_MAX_CHARS {
        Err("error-password-too-long")
    } else {
        Ok(())
    }
}

pub fn display_name(raw: &str) -> Result<String, &'static str> {
    let name = raw.trim();
    if name.is_empty() {
        Err("error-name-required")
    } else if name.chars().count() > DISPLAY_NAME_MAX_CHARS || name.chars().any(char::is_control) {
        Err("error-name-invalid")
    } else {
        Ok(name.to_string())
    }
}

/// A supported interface language, from a tag such as `id` or `ms-MY`.
pub fn language(raw: &str) -> Option<&'static str> {
    let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.iter().map(|(code, _)| *code).find(|code| *code == primary)
}

/// A number that could not be read, or is out of its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadNumber;

/// Degrees as typed ("3.139", "-6,2") to micro-degrees within ±`limit`; `Ok(None)` when empty.
pub fn micro_degrees(raw: &str, limit: f64) -> Result<Option<i64>, BadNumber> {
    let raw = raw.trim().replace(',', ".");
    if raw.is_empty() {
        return Ok(None);
    }
    let value: f64 = raw.parse().map_err(|_| BadNumber)?;
    if !value.is_finite() || value.abs() > limit {
        return Err(BadNumber);
    }
    Ok(Some((value * 1e6).round() as i64))
}

/// A count of people as typed ("1,200", "1 200"); `Ok(None)` when empty.
pub fn count(raw: &str) -> Result<Option<i32>, BadNumber> {
    let raw = raw.trim().replace([',', ' ', '.'], "");
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<i32>().ok().filter(|n| *n >= 0).map(Some).ok_or(BadNumber)
}
/// The longest search query searched; longer ones are refused (pages) or cut (the index).
pub const MAX_SEARCH_CHARS: usize = 200;

pub fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// The longest web address kept, in characters.
pub const WEB_ADDRESS_MAX_CHARS: usize = 300;

/// An http(s) address without spaces, at most [`WEB_ADDRESS_MAX_CHARS`] characters.
pub fn web_address(raw: &str) -> bool {
    (raw.starts_with("https://") || raw.starts_with("http://"))
        && !raw.contains(char::is_whitespace)
        && !too_long(raw, WEB_ADDRESS_MAX_CHARS)
}

/// The type of an uploaded image, read from its first bytes (never from its name or the
/// browser's word). PNG, JPEG and WebP only: SVG can carry scripts.
pub fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(Email::parse(" Siti@Example.ORG ").unwrap().as_str(), "Siti@example.org");
        assert_eq!(Email::parse("").unwrap_err(), "error-email-required");
        for bad in ["siti", "siti@", "@example.org", "siti@example", "si ti@example.org", "a@b..c"] {
            assert_eq!(Email::parse(bad).unwrap_err(), "error-email-invalid", "{bad}");
        }
        assert!(Email::parse("nguyễn@hợptácxã.vn").is_ok());
    }

    #[test]
    fn passwords_count_characters_not_bytes() {
        assert_eq!(password("short"), Err("error-password-too-short"));
        assert_eq!(password("สวัสดีครับผม"), Ok(()));
        assert_eq!(password(&"x".repeat(201)), Err("error-password-too-long"));
    }

    #[test]
    fn languages() {
        assert_eq!(language("ms-MY"), Some("ms"));
        assert_eq!(language("ID"), Some("id"));
        assert_eq!(language("fr"), None);
        assert_eq!(language(""), None);
    }

    #[test]
    fn images_are_recognised_by_their_bytes() {
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n rest"), Some("image/png"));
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(image_type(b"RIFF\x10\x00\x00\x00WEBPVP8 "), Some("image/webp"));
        assert_eq!(image_type(b"<svg xmlns=..."), None);
        assert_eq!(image_type(b"GIF89a"), None);
    }

    #[test]
    fn coordinates_counts_and_addresses() {
        assert_eq!(micro_degrees(" -6,2 ", 90.0), Ok(Some(-6_200_000)));
        assert_eq!(micro_degrees("", 90.0), Ok(None));
        assert_eq!(micro_degrees("91", 90.0), Err(BadNumber));
        assert_eq!(micro_degrees("NaN", 90.0), Err(BadNumber));
        assert_eq!(count("1,200"), Ok(Some(1200)));
        assert_eq!(count("-3"), Err(BadNumber));
        assert!(web_address("https://example.org/a"));
        assert!(!web_address("example.org"));
        assert!(!web_address("https://exa mple.org"));
    }

    #[test]
    fn display_names() {
        assert_eq!(display_name("  Dewi ").unwrap(), "Dewi");
        assert_eq!(display_name(" "), Err("error-name-required"));
    }

    #[test]
    fn email_limits_at_their_edges() {
        let local = |n: usize| format!("{}@example.org", "a".repeat(n));
        assert!(Email::parse(&local(64)).is_ok());
        assert_eq!(Email::parse(&local(65)), Err("error-email-invalid"));
        // 255 characters of domain (251 + ".org") is the most accepted.
        let domain = |n: usize| format!("siti@{}.org", "a".repeat(n));
        assert!(Email::parse(&domain(251)).is_ok());
        assert_eq!(Email::parse(&domain(252)), Err("error-email-invalid"));
    }

    #[test]
    fn emails_refuse_each_typo() {
        for bad in [
            "si@ti@example.org",
            "si<ti@example.org",
            "si>ti@example.org",
            "si,ti@example.org",
            "si;ti@example.org",
            "si\"ti@example.org",
            "si\\ti@example.org",
            ".siti@example.org",
            "siti.@example.org",
            "siti@-example.org",
            "siti@example-.org",
            "siti@exa_mple.org",
            "siti@example.org.",
            "siti@.example.org",
            "siti@exam\u{7}ple.org",
            "si\tti@example.org",
        ] {
            assert_eq!(Email::parse(bad), Err("error-email-invalid"), "{bad:?}");
        }
        for good in ["s.iti@ex-ample.org", "siti+asec@a.b.c", "SITI@EXAMPLE.org"] {
            assert!(Email::parse(good).is_ok(), "{good}");
        }
        assert_eq!(Email::parse("   ").unwrap_err(), "error-email-required");
        assert_eq!(
            Email::parse("A.B@Ex.ORG").unwrap().as_str(),
            "A.B@ex.org",
            "the local part keeps its case"
        );
    }

    #[test]
    fn password_and_name_limits_at_their_edges() {
        assert_eq!(password(&"x".repeat(PASSWORD_MIN_CHARS - 1)), Err("error-password-too-short"));
        assert_eq!(password(&"x".repeat(PASSWORD_MIN_CHARS)), Ok(()));
        assert_eq!(password(&"x".repeat(PASSWORD_MAX_CHARS)), Ok(()));
        assert_eq!(password(&"x".repeat(PASSWORD_MAX_CHARS + 1)), Err("error-password-too-long"));
        assert_eq!(password(&"ก".repeat(PASSWORD_MIN_CHARS)), Ok(()), "characters, not bytes");
        let name = "ก".repeat(DISPLAY_NAME_MAX_CHARS);
        assert_eq!(display_name(&name), Ok(name.clone()));
        assert_eq!(display_name(&format!("{name}x")), Err("error-name-invalid"));
        assert_eq!(display_name("De\u{0}wi"), Err("error-name-invalid"));
        assert_eq!(display_name(""), Err("error-name-required"));
    }

    #[test]
    fn languages_by_their_primary_tag() {
        assert_eq!(language(" en_GB "), Some("en"));
        assert_eq!(language("id-ID"), Some("id"));
        assert_eq!(language("english"), None);
    }

    #[test]
    fn numbers_at_their_edges() {
        assert_eq!(micro_degrees("90", 90.0), Ok(Some(90_000_000)));
        assert_eq!(micro_degrees("-90", 90.0), Ok(Some(-90_000_000)));
        assert_eq!(micro_degrees("90.000001", 90.0), Err(BadNumber));
        assert_eq!(micro_degrees("-90.000001", 90.0), Err(BadNumber));
        assert_eq!(micro_degrees("0.0000005", 90.0), Ok(Some(1)), "rounded, not cut");
        assert_eq!(micro_degrees("1.5", 90.0), Ok(Some(1_500_000)));
        assert_eq!(micro_degrees("inf", f64::INFINITY), Err(BadNumber));
        assert_eq!(micro_degrees("east", 90.0), Err(BadNumber));
        assert_eq!(micro_degrees("   ", 90.0), Ok(None));
        assert_eq!(count("0"), Ok(Some(0)));
        assert_eq!(count(" 1 200.000 "), Ok(Some(1_200_000)));
        assert_eq!(count("   "), Ok(None));
        assert_eq!(count("-1"), Err(BadNumber));
        assert_eq!(count("many"), Err(BadNumber));
        assert_eq!(count("3000000000"), Err(BadNumber));
    }

    #[test]
    fn lengths_and_addresses_at_their_edges() {
        assert!(!too_long("ก".repeat(5).as_str(), 5));
        assert!(too_long("ก".repeat(6).as_str(), 5));
        let address = |n: usize| format!("https://{}", "a".repeat(n - 8));
        assert!(web_address(&address(300)));
        assert!(!web_address(&address(301)));
        assert!(web_address("http://example.org"));
        assert!(!web_address("ftp://example.org"));
        assert!(!web_address("https://example.org/a\tb"));
    }

    #[test]
    fn webp_needs_its_whole_header() {
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBP"), None, "twelve bytes are not enough");
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBPV"), Some("image/webp"));
        assert_eq!(image_type(b"RIFX\0\0\0\0WEBPV"), None);
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBQV"), None);
        assert_eq!(image_type(&[0xFF, 0xD8]), None);
        assert_eq!(image_type(b""), None);
    }
}
