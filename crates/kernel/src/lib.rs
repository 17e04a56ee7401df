//! Pure types and rules shared by every capability. Nothing here does I/O.

pub mod clock;
pub mod form;
pub mod ids;
pub mod permission;
pub mod refdata;
pub mod validate;

pub use clock::{Clock, FixedClock, SystemClock};
pub use form::FieldErrors;
pub use ids::{EntityId, UserId};
pub use permission::{Action, Decision, Denial, Grant, Reach, Role, Scope, Subject, Target, decide, reach};
pub use refdata::{CountryCode, ReferenceData, SubregionCode};

/// Stable, snake_case error codes shown to API clients and used to pick translated messages.
/// Clients may match on them, so a code never changes meaning once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    Unauthenticated,
    Forbidden,
    TwoFactorRequired,
    CsrfFailed,
    InvalidInput,
    RateLimited,
    PayloadTooLarge,
    Conflict,
    InvalidToken,
    Internal,
    /// A service the platform needs (the file store) does not answer.
    Unavailable,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::TwoFactorRequired => "two_factor_required",
            ErrorCode::CsrfFailed => "csrf_failed",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::Conflict => "conflict",
            ErrorCode::InvalidToken => "invalid_token",
            ErrorCode::Internal => "internal",
            ErrorCode::Unavailable => "unavailable",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode::*;

    #[test]
    fn error_codes_are_snake_case_and_distinct() {
        let all = [
            (NotFound, "not_found"),
            (Unauthenticated, "unauthenticated"),
            (Forbidden, "forbidden"),
            (TwoFactorRequired, "two_factor_required"),
            (CsrfFailed, "csrf_failed"),
            (InvalidInput, "invalid_input"),
            (RateLimited, "rate_limited"),
            (PayloadTooLarge, "payload_too_large"),
            (Conflict, "conflict"),
            (InvalidToken, "invalid_token"),
            (Internal, "internal"),
            (Unavailable, "unavailable"),
        ];
        for (code, text) in all {
            assert_eq!(code.as_str(), text);
        }
    }
}
