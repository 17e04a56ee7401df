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
    let offset = (digest[19] & 0x0f) as usize;
    let binary = (u32::from(digest[offset] & 0x7f) << 24)
        | (u32::from(digest[offset + 1]) << 16)
        | (u32::from(digest[offset + 2]) << 8)
        | u32::from(digest[offset + 3]);
    format!("{:06}", binary % 1_000_000)
}

pub fn totp_step(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(TOTP_STEP_SECS)
}

/// Checks a code against the current step and one step either side (clock drift). Returns
/// the matching step, which must be later than the last one used so a code works only once.
pub fn check_totp(secret_b32: &str, code: &str, unix_secs: i64, last_step: Option<i64>) -> Option<i64> {
    let secret = base32_decode(secret_b32)?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
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
}
