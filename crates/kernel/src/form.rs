//! Pure pieces of forms that rules and handlers share: the messages next to fields, and the
//! serde helpers every form struct uses (tick boxes, stale-page versions, repeated fields).

use serde::de::{Deserialize, Deserializer};

/// Messages next to form fields: field name → Fluent key of the problem.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(&'static str, &'static str)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push((field, key));
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The Fluent key of the problem with `field`, if any (templates translate it).
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, k)| *k)
    }
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
}

/// A checkbox: present (whatever its value) when ticked, absent otherwise. Use with
/// `#[serde(default, deserialize_with = "kernel::form::checkbox")]`.
pub fn checkbox<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<String>::deserialize(d)?.is_some())
}

/// The hidden `version` of a form that guards an update by it (`#[serde(default)]`): a
/// missing or mangled one reads as `-1`, which no row has, so it is just a stale page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version(pub i32);

impl Default for Version {
    fn default() -> Self {
        Version(-1)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Option::<String>::deserialize(d)?
            .and_then(|v| v.trim().parse().ok())
            .map(Version)
            .unwrap_or_default())
    }
}

/// Puts a repeated field's values (`link`, `link`, …) in a fixed number of slots, in the
/// order sent; `None` when there are more values than slots.
pub fn slots<const N: usize>(values: Vec<String>) -> Option<[String; N]> {
    if values.len() > N {
        return None;
    }
    let mut out: [String; N] = std::array::from_fn(|_| String::new());
    for (slot, value) in out.iter_mut().zip(values) {
        *slot = value;
    }
    Some(out)
}

/// Percent-encodes a value for a query string or a URI component.
pub fn urlencode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_keep_the_first_problem_of_each_field() {
        let mut e = FieldErrors::default();
        assert!(e.is_empty() && !e.has("title") && e.get("title").is_none());
        e.add("title", "error-required");
        e.add("title", "error-too-long");
        e.add("place", "error-place");
        assert!(!e.is_empty() && e.has("title") && e.has("place") && !e.has("other"));
        assert_eq!(e.get("title"), Some("error-required"));
        assert_eq!(e.get("place"), Some("error-place"));
    }

    #[derive(Debug, serde::Deserialize)]
    struct Form {
        #[serde(default, deserialize_with = "checkbox")]
        ticked: bool,
        #[serde(default)]
        version: Version,
    }

    fn form(text: &str) -> Form {
        toml::from_str(text).expect("the form reads")
    }

    #[test]
    fn a_checkbox_is_ticked_by_any_value_and_unticked_when_absent() {
        assert!(form("ticked = 'on'").ticked);
        assert!(form("ticked = ''").ticked, "present, whatever its value");
        assert!(!form("").ticked);
        // A decoder that says "no value" (JSON's null) leaves the box unticked.
        let none = serde::de::value::UnitDeserializer::<serde::de::value::Error>::new;
        assert_eq!(checkbox(none()), Ok(false));
        assert_eq!(Version::deserialize(none()), Ok(Version(-1)));
    }

    #[test]
    fn a_missing_or_mangled_version_is_a_stale_page() {
        assert_eq!(Version::default(), Version(-1));
        assert_eq!(form("version = ' 12 '").version, Version(12));
        assert_eq!(form("version = '0'").version, Version(0));
        assert_eq!(form("version = 'x'").version, Version(-1));
        assert_eq!(form("").version, Version(-1));
    }

    #[test]
    fn repeated_fields_fill_slots_up_to_their_number() {
        assert_eq!(slots::<3>(vec!["a".into()]), Some(["a".to_string(), String::new(), String::new()]));
        assert_eq!(slots::<2>(vec!["a".into(), "b".into()]), Some(["a".to_string(), "b".to_string()]));
        assert_eq!(slots::<2>(vec!["a".into(), "b".into(), "c".into()]), None);
        assert_eq!(slots::<1>(vec![]), Some([String::new()]));
    }

    #[test]
    fn values_are_percent_encoded() {
        assert_eq!(urlencode("a b/c?d=é"), "a%20b%2Fc%3Fd%3D%C3%A9");
        assert_eq!(urlencode("Az09-._~"), "Az09-._~");
        assert_eq!(urlencode("合作社"), "%E5%90%88%E4%BD%9C%E7%A4%BE");
    }
}
