//! Every string a person reads comes from the Fluent catalogues in `locales/<lang>/*.ftl`.
//! English is the reference; a test fails when another catalogue lacks one of its keys.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks would show up in plain-text emails and titles.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<HashMap<&'static str, LanguageIdentifier>> = LazyLock::new(|| {
    kernel::validate::LANGUAGES
        .iter()
        .map(|(code, _)| (*code, code.parse().expect("language tags are valid")))
        .collect()
});

/// A translator for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    lang: &'static str,
    /// The zone times are shown in.
    zone: chrono_tz::Tz,
}

impl Tr {
    /// A supported language, or English.
    pub fn new(lang: &str) -> Tr {
        Tr { lang: kernel::validate::language(lang).unwrap_or("en"), zone: chrono_tz::Tz::UTC }
    }

    /// The same translator, showing times in `zone`.
    pub fn in_zone(self, zone: chrono_tz::Tz) -> Tr {
        Tr { zone, ..self }
    }

    pub fn zone(&self) -> chrono_tz::Tz {
        self.zone
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&IDS[self.lang], key)
    }

    /// A message that may not exist (the words for a code kept in the data): `None` when no
    /// catalogue of the language's chain has it.
    pub fn try_t(&self, key: &str) -> Option<String> {
        LOCALES.try_lookup(&IDS[self.lang], key)
    }

    /// A message with arguments, such as `t_args("hello", &[("name", "Dewi")])`.
    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string()))).collect();
        LOCALES.lookup_with_args(&IDS[self.lang], key, &args)
    }

    /// A message with a number `count` (plural forms follow the language's rules) and more
    /// arguments.
    pub fn t_count_args(&self, key: &str, count: i64, args: &[(&str, &str)]) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string()))).collect();
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        LOCALES.lookup_with_args(&IDS[self.lang], key, &map)
    }

    /// A message with a number, so plural forms follow the language's rules.
    /// Takes the count by value or by reference, as templates pass it.
    pub fn t_count(&self, key: &str, count: impl std::borrow::Borrow<i64>) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            [(Cow::Borrowed("count"), FluentValue::from(*count.borrow()))].into();
        LOCALES.lookup_with_args(&IDS[self.lang], key, &args)
    }
}

impl Tr {
    /// A moment as people read it in their zone, such as "2026-12-01 21:30 UTC+7".
    pub fn datetime(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        let local = t.with_timezone(&self.zone);
        let (date, time) = (local.format("%Y-%m-%d").to_string(), local.format("%H:%M").to_string());
        let zone = crate::zones::offset_label(self.zone, t);
        self.t_args("datetime-at", &[("date", &date), ("time", &time), ("zone", &zone)])
    }

    /// From one moment to another: "2026-12-01 21:30 – 23:00 UTC+7" (the end's date only when
    /// it is another day where the reader is).
    pub fn datetime_range(
        &self,
        start: chrono::DateTime<chrono::Utc>,
        end: chrono::DateTime<chrono::Utc>,
    ) -> String {
        let (local_start, local_end) = (start.with_timezone(&self.zone), end.with_timezone(&self.zone));
        let start_text = local_start.format("%Y-%m-%d %H:%M").to_string();
        let end_text = if local_end.date_naive() == local_start.date_naive() {
            local_end.format("%H:%M").to_string()
        } else {
            local_end.format("%Y-%m-%d %H:%M").to_string()
        };
        let zone = crate::zones::offset_label(self.zone, start);
        self.t_args("datetime-range", &[("start", &start_text), ("end", &end_text), ("zone", &zone)])
    }

    /// A moment in UTC to the second, for a title attribute or data ("2026-12-01 14:30:05 UTC").
    pub fn datetime_utc(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        t.format("%Y-%m-%d %H:%M:%S UTC").to_string()
    }

    /// A calendar day, such as "2026-12-01".
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        d.format("%Y-%m-%d").to_string()
    }
}

/// The best supported language from an `Accept-Language` header.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut candidates: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()))
                .unwrap_or(1.0);
            Some((q, tag))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    candidates.into_iter().find_map(|(_, tag)| kernel::validate::language(tag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: &str) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
                if let Some((key, _)) = line.split_once('=').filter(|_| starts_message) {
                    keys.insert(key.trim().to_string());
                }
            }
        }
        keys
    }

    #[test]
    fn every_catalogue_has_every_english_key() {
        let english = keys("en");
        assert!(english.len() > 50, "the English catalogue looks empty");
        for (lang, _) in kernel::validate::LANGUAGES.iter().skip(1) {
            let other = keys(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            let stale: Vec<_> = other.difference(&english).collect();
            assert!(stale.is_empty(), "{lang} has keys English lacks: {stale:?}");
        }
    }

    #[test]
    fn messages_are_translated_and_take_arguments() {
        assert_eq!(Tr::new("en").t("nav-home"), "Home");
        assert_ne!(Tr::new("id").t("nav-sign-in"), Tr::new("en").t("nav-sign-in"));
        assert!(Tr::new("en").t_args("home-hello", &[("name", "Dewi")]).contains("Dewi"));
        assert_eq!(Tr::new("fr").lang(), "en");
    }

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(from_accept_language("fr;q=1, ms-MY;q=0.8, en;q=0.5"), Some("ms"));
        assert_eq!(from_accept_language("id"), Some("id"));
        assert_eq!(from_accept_language("fr, de"), None);
    }
}
