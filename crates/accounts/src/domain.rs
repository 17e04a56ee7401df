//! The rules of accounts, free of I/O: password hashing, TOTP, recovery codes, token
//! lifetimes, rate-limit budgets and the mail retry schedule.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chrono::Duration;
use hmac::{Hmac, Mac};

// ---------------------------------------------------------------- passwords

fn argon2() -> Argon2<'static> {
    // OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(19 * 1024, 2, 1, None).expect("valid params"),
    )
}

pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    argon2().hash_password(password.as_bytes(), &salt).expect("argon2 hashes any input").to_string()
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| argon2().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A hash to verify against when the account does not exist, so that a wrong email takes as
/// long as a wrong password and timing does not reveal which accounts exist.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_password("not a real password"));
    &DUMMY
}

// ---------------------------------------------------------------- one-time tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
    AdminSetup,
    LoginSecondFactor,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::ChangeEmail => "change_email",
            Purpose::AdminSetup => "admin_setup",
            Purpose::LoginSecondFactor => "login_2fa",
        }
    }

    pub fn lifetime(self) -> Duration {
        match self {
            Purpose::VerifyEmail | Purpose::ChangeEmail => Duration::hours(48),
            Purpose::ResetPassword => Duration::hours(1),
            Purpose::AdminSetup => Duration::hours(24),
            Purpose::LoginSecondFactor => Duration::minutes(10),
        }
    }
}

// ---------------------------------------------------------------- TOTP (RFC 6238)

pub const TOTP_STEP_SECS: i64 = 30;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            out.push(BASE32[((buffer >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for ch in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let value = BASE32.iter().position(|&b| b as char == ch.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            out.push((buffer >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

pub fn new_totp_secret() -> String {
    let bytes: [u8; 20] = rand::random();
    base32_encode(&bytes)
}

/// The 6-digit code for a time step (HOTP with HMAC-SHA1, as authenticator apps use).
pub fn totp_code(secret: &[u8], step: i64) -> String {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    // RFC 4226's dynamic truncation: 31 bits read at the offset the last nibble names.
    let offset = usize::from(digest[19] & 0x0f);
    let four: [u8; 4] = digest[offset..offset + 4].try_into().expect("an offset of at most 15");
    let binary = u32::from_be_bytes(four) & 0x7fff_ffff;
    format!("{:06}", binary % 1_000_000)
}

pub fn totp_step(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(TOTP_STEP_SECS)
}

/// Checks a code against the current step and one step either side (clock drift). Returns
/// the matching step, which must be later than the last one used so a code works only once.
pub fn check_totp(secret_b32: &str, code: &str, unix_secs: i64, last_step: Option<i64>) -> Option<i64> {
    let secret = base32_decode(secret_b32)?;
    // Anything but six digits matches no step.
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let now = totp_step(unix_secs);
    [now - 1, now, now + 1]
        .into_iter()
        .filter(|step| last_step.is_none_or(|last| *step > last))
        .find(|step| totp_code(&secret, *step) == code)
}

pub fn otpauth_uri(issuer: &str, account: &str, secret_b32: &str) -> String {
    let enc = |s: &str| kernel::form::urlencode(s);
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// Ten single-use recovery codes such as `K7QW-9XZD`.
pub fn new_recovery_codes() -> Vec<String> {
    (0..10)
        .map(|_| {
            let bytes: [u8; 5] = rand::random();
            let s = base32_encode(&bytes);
            format!("{}-{}", &s[..4], &s[4..8])
        })
        .collect()
}

/// Recovery codes are compared without case, spaces or dashes.
pub fn normalise_recovery_code(raw: &str) -> String {
    raw.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

// ---------------------------------------------------------------- rate limits

/// A budget of attempts in a fixed window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub bucket: &'static str,
    pub max: i64,
    pub window_secs: i64,
}

pub const LOGIN_PER_IP: Limit = Limit { bucket: "login_ip", max: 30, window_secs: 900 };
pub const LOGIN_PER_ACCOUNT: Limit = Limit { bucket: "login_account", max: 10, window_secs: 900 };
pub const SIGNUP_PER_IP: Limit = Limit { bucket: "signup_ip", max: 10, window_secs: 3600 };
/// Per address signed up with, so nobody can flood one inbox with sign-up mail.
pub const SIGNUP_PER_ACCOUNT: Limit = Limit { bucket: "signup_account", max: 5, window_secs: 3600 };
pub const RESET_PER_IP: Limit = Limit { bucket: "reset_ip", max: 10, window_secs: 3600 };
pub const RESET_PER_ACCOUNT: Limit = Limit { bucket: "reset_account", max: 5, window_secs: 3600 };
pub const VERIFY_PER_IP: Limit = Limit { bucket: "verify_ip", max: 10, window_secs: 3600 };
pub const VERIFY_PER_ACCOUNT: Limit = Limit { bucket: "verify_account", max: 5, window_secs: 3600 };
pub const SECOND_FACTOR_PER_ACCOUNT: Limit = Limit { bucket: "2fa_account", max: 10, window_secs: 900 };
/// A signed-in person's current password, asked before changing it, the email address or the
/// second factor: as many tries as signing in allows.
pub const PASSWORD_CHECK_PER_ACCOUNT: Limit = Limit { bucket: "password_account", max: 10, window_secs: 900 };

impl Limit {
    pub fn window_start(&self, unix_secs: i64) -> i64 {
        unix_secs - unix_secs.rem_euclid(self.window_secs)
    }
    pub fn retry_after(&self, unix_secs: i64) -> u64 {
        (self.window_start(unix_secs) + self.window_secs - unix_secs).max(1) as u64
    }
}

// ---------------------------------------------------------------- mail retries

pub const MAIL_MAX_ATTEMPTS: i32 = 8;

/// Wait before the next try after `attempts` failures: 30 s, 1 min, 2 min, … up to an hour.
pub fn mail_backoff(attempts: i32) -> Duration {
    let exp = attempts.clamp(1, 12) - 1;
    Duration::seconds((30i64 << exp).min(3600))
}

/// One field of an audited record that a change touched, in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedField {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields whose values differ between a record before and after a change (every field
/// of a record made or removed), in the record's order; a record that is not an object is one
/// field without a name.
pub fn changed_fields(
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
) -> Vec<ChangedField> {
    use serde_json::Value;
    fn text(v: Option<&Value>) -> String {
        match v {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        }
    }
    fn fields<'v>(
        v: Option<&'v Value>,
        empty: &'v serde_json::Map<String, Value>,
    ) -> Option<&'v serde_json::Map<String, Value>> {
        match v {
            None | Some(Value::Null) => Some(empty),
            Some(Value::Object(map)) => Some(map),
            Some(_) => None,
        }
    }
    let empty = serde_json::Map::new();
    let (Some(old), Some(new)) = (fields(before, &empty), fields(after, &empty)) else {
        return if before == after {
            Vec::new()
        } else {
            vec![ChangedField { field: String::new(), before: text(before), after: text(after) }]
        };
    };
    let mut names: Vec<&String> = old.keys().collect();
    names.extend(new.keys().filter(|k| !old.contains_key(*k)));
    names
        .into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| ChangedField { field: k.clone(), before: text(old.get(k)), after: text(new.get(k)) })
        .collect()
}

/// Whether ending a grant of `role`, while `administrators` people hold that role, would leave
/// the platform without one: the last administrator stays, so someone can always manage
/// accounts.
pub fn would_leave_no_administrator(role: kernel::Role, administrators: i64) -> bool {
    role == kernel::Role::Administrator && administrators <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn totp_matches_rfc_6238_vectors() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits truncated to 6.
        let secret = b"12345678901234567890";
        assert_eq!(totp_code(secret, totp_step(59)), "287082");
        assert_eq!(totp_code(secret, totp_step(1_111_111_109)), "081804");
        assert_eq!(totp_code(secret, totp_step(2_000_000_000)), "279037");
    }

    #[test]
    fn totp_allows_drift_but_no_reuse() {
        let b32 = base32_encode(b"12345678901234567890");
        assert_eq!(base32_decode(&b32).unwrap(), b"12345678901234567890");
        let code = totp_code(b"12345678901234567890", totp_step(59));
        let step = check_totp(&b32, &code, 59, None).expect("current code");
        assert!(check_totp(&b32, &code, 59 + 30, None).is_some(), "one step late is fine");
        assert!(check_totp(&b32, &code, 59 + 90, None).is_none(), "three steps late is not");
        assert!(check_totp(&b32, &code, 59, Some(step)).is_none(), "a used code is refused");
        assert!(check_totp(&b32, "12345", 59, None).is_none());
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalised() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let unique: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        assert_eq!(normalise_recovery_code(" k7qw-9xzd "), "K7QW9XZD");
    }

    #[test]
    fn rate_limit_windows_and_retry_after() {
        let limit = LOGIN_PER_ACCOUNT;
        assert_eq!(limit.window_start(1000), 900);
        assert_eq!(limit.retry_after(1000), 800);
    }

    #[test]
    fn mail_backoff_grows_and_is_capped() {
        assert_eq!(mail_backoff(1), Duration::seconds(30));
        assert_eq!(mail_backoff(2), Duration::seconds(60));
        assert_eq!(mail_backoff(20), Duration::seconds(3600));
    }

    #[test]
    fn an_audited_change_lists_only_the_fields_it_changed() {
        use serde_json::json;
        let field =
            |f: &str, b: &str, a: &str| ChangedField { field: f.into(), before: b.into(), after: a.into() };
        let before = json!({"name": "Koperasi", "city": "Yogya", "sdgs": [5, 8], "note": null});
        let after =
            json!({"name": "Koperasi Wanita", "city": "Yogya", "sdgs": [5], "note": null, "phone": "+62"});
        assert_eq!(
            changed_fields(Some(&before), Some(&after)),
            [
                field("name", "Koperasi", "Koperasi Wanita"),
                field("sdgs", "[5,8]", "[5]"),
                field("phone", "", "+62")
            ]
        );
        assert_eq!(changed_fields(Some(&before), Some(&before)), [], "nothing changed");
        assert_eq!(
            changed_fields(None, Some(&json!({"role": "focal_point", "n": 2}))),
            [field("n", "", "2"), field("role", "", "focal_point")],
            "a record made lists every field"
        );
        assert_eq!(
            changed_fields(Some(&json!({"role": "x"})), None),
            [field("role", "x", "")],
            "and one removed"
        );
        assert_eq!(changed_fields(Some(&json!({"a": 1})), Some(&json!(null))), [field("a", "1", "")]);
        assert_eq!(changed_fields(None, Some(&json!("closed"))), [field("", "", "closed")], "not an object");
        assert_eq!(changed_fields(Some(&json!(true)), Some(&json!(false))), [field("", "true", "false")]);
        assert_eq!(changed_fields(Some(&json!(3)), Some(&json!(3))), []);
        assert_eq!(changed_fields(None, None), []);
    }

    #[test]
    fn hashes_carry_owasp_s_argon2id_parameters() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert_ne!(hash, hash_password("correct horse battery"), "salted");
        assert!(dummy_hash().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("not a real password", dummy_hash()));
    }

    #[test]
    fn each_token_purpose_has_its_name_and_lifetime() {
        for (purpose, name, lifetime) in [
            (Purpose::VerifyEmail, "verify_email", Duration::hours(48)),
            (Purpose::ResetPassword, "reset_password", Duration::hours(1)),
            (Purpose::ChangeEmail, "change_email", Duration::hours(48)),
            (Purpose::AdminSetup, "admin_setup", Duration::hours(24)),
            (Purpose::LoginSecondFactor, "login_2fa", Duration::minutes(10)),
        ] {
            assert_eq!(purpose.as_str(), name);
            assert_eq!(purpose.lifetime(), lifetime, "{name}");
        }
    }

    #[test]
    fn base32_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32_encode(plain.as_bytes()), encoded);
            assert_eq!(base32_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base32_decode("mzxw 6ytb oi======").unwrap(), b"foobar", "case, spaces and padding");
        assert_eq!(base32_decode("MZXW1"), None, "1 is not base32");
        let secret = new_totp_secret();
        assert_eq!(secret.len(), 32);
        assert_eq!(base32_decode(&secret).unwrap().len(), 20);
        assert_ne!(secret, new_totp_secret());
    }

    #[test]
    fn totp_matches_every_rfc_6238_sha1_vector() {
        let secret = b"12345678901234567890";
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(totp_code(secret, totp_step(time)), code, "{time}");
        }
        assert_eq!((totp_step(0), totp_step(29), totp_step(30), totp_step(-1)), (0, 0, 1, -1));
    }

    #[test]
    fn totp_accepts_one_step_either_side_once() {
        let secret = b"12345678901234567890";
        let b32 = base32_encode(secret);
        let at = 1_111_111_111; // step 37037037
        let step = totp_step(at);
        let code = |s: i64| totp_code(secret, s);
        assert_eq!(check_totp(&b32, &code(step), at, None), Some(step));
        assert_eq!(check_totp(&b32, &code(step - 1), at, None), Some(step - 1), "one step early");
        assert_eq!(check_totp(&b32, &code(step + 1), at, None), Some(step + 1), "one step late");
        assert_eq!(check_totp(&b32, &code(step - 2), at, None), None);
        assert_eq!(check_totp(&b32, &code(step + 2), at, None), None);
        assert_eq!(check_totp(&b32, &code(step), at, Some(step - 1)), Some(step), "later than the last used");
        assert_eq!(check_totp(&b32, &code(step), at, Some(step)), None, "used");
        assert_eq!(check_totp(&b32, &code(step - 1), at, Some(step - 1)), None);
        let spaced = format!("{} {}", &code(step)[..3], &code(step)[3..]);
        assert_eq!(check_totp(&b32, &spaced, at, None), Some(step), "spaces are ignored");
        assert_eq!(check_totp(&b32, &format!("{}0", code(step)), at, None), None, "seven digits");
        assert_eq!(check_totp(&b32, "05047a", at, None), None);
        assert_eq!(check_totp("not base32!", &code(step), at, None), None);
    }

    #[test]
    fn otpauth_uri_names_issuer_account_and_secret() {
        assert_eq!(
            otpauth_uri("ASEC Platform", "siti@example.org", "JBSWY3DP"),
            "otpauth://totp/ASEC%20Platform:siti%40example.org?secret=JBSWY3DP&issuer=ASEC%20Platform\
             &algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn recovery_codes_are_two_groups_of_four() {
        for code in new_recovery_codes() {
            assert_eq!(code.len(), 9, "{code}");
            assert_eq!(code.as_bytes()[4], b'-', "{code}");
            assert_eq!(normalise_recovery_code(&code).len(), 8);
        }
    }

    #[test]
    fn rate_limit_windows_at_their_edges() {
        let limit = LOGIN_PER_ACCOUNT; // 900 seconds
        assert_eq!(limit.window_start(900), 900);
        assert_eq!(limit.window_start(1799), 900);
        assert_eq!(limit.window_start(1800), 1800);
        assert_eq!(limit.window_start(-1), -900);
        assert_eq!(limit.retry_after(900), 900);
        assert_eq!(limit.retry_after(1799), 1);
        assert_eq!(limit.retry_after(1800), 900);
    }

    #[test]
    fn mail_backoff_doubles_from_thirty_seconds_to_an_hour() {
        for (attempts, secs) in
            [(-1, 30), (0, 30), (1, 30), (2, 60), (3, 120), (7, 1920), (8, 3600), (13, 3600)]
        {
            assert_eq!(mail_backoff(attempts), Duration::seconds(secs), "{attempts}");
        }
    }

    #[test]
    fn the_last_administrator_stays() {
        use kernel::Role;
        assert!(would_leave_no_administrator(Role::Administrator, 1));
        assert!(would_leave_no_administrator(Role::Administrator, 0));
        assert!(!would_leave_no_administrator(Role::Administrator, 2));
        assert!(!would_leave_no_administrator(Role::Management, 1));
        assert!(!would_leave_no_administrator(Role::FocalPoint, 0));
    }
}
