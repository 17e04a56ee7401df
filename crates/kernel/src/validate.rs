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
    fn display_names() {
        assert_eq!(display_name("  Dewi ").unwrap(), "Dewi");
        assert_eq!(display_name(" "), Err("error-name-required"));
    }
}
