//! Who is making the request. The accounts layer resolves the session cookie or API token and
//! puts a [`Viewer`] in the request; handlers read it through the extractors here.

use crate::AppError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use kernel::{Action, Decision, Denial, Grant, Subject, Target, UserId};

/// How the viewer authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// A browser session (row id in `sessions`).
    Session(i64),
    /// A personal API token (row id in `api_tokens`), read-only or read-write.
    Token { id: i64, write: bool },
}

#[derive(Debug, Clone)]
pub struct Viewer {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub lang: String,
    /// The zone they read times in (their choice, else their role's country, else UTC).
    pub zone: chrono_tz::Tz,
    /// Their own choice of zone, when they made one.
    pub chosen_zone: Option<String>,
    pub email_verified: bool,
    /// The account has two-factor sign-in turned on.
    pub two_factor: bool,
    /// This sign-in passed the second factor (the session signed in with it, or turned it on;
    /// a token made by such a session). Management, treasurer and administrator grants count
    /// only then: a session signed in with the password alone never gains their powers.
    pub second_factor: bool,
    pub grants: Vec<Grant>,
    pub auth: Auth,
    /// In-platform notifications not yet read, for the badge in the navigation.
    pub unread_notifications: i64,
}

impl Viewer {
    pub fn subject(&self) -> Subject {
        Subject { user: Some(self.id), grants: self.grants.clone(), two_factor: self.second_factor }
    }

    pub fn may(&self, action: Action, target: &Target) -> bool {
        kernel::decide(&self.subject(), action, target).is_allowed()
    }

    /// Checks a permission, turning a refusal into the matching error.
    pub fn require(&self, action: Action, target: &Target) -> Result<(), AppError> {
        match kernel::decide(&self.subject(), action, target) {
            Decision::Allowed => Ok(()),
            Decision::Denied(Denial::NotSignedIn) => Err(AppError::Unauthenticated),
            Decision::Denied(Denial::TwoFactorRequired) => Err(AppError::TwoFactorRequired),
            Decision::Denied(Denial::NoGrant) => Err(AppError::Forbidden),
        }
    }

    /// Where the viewer may do `action` (their countries, entities or everywhere), for lists.
    pub fn reach(&self, action: Action) -> kernel::Reach {
        kernel::reach(&self.subject(), action)
    }
}

/// The request extension the accounts layer fills in.
#[derive(Debug, Clone, Default)]
pub struct ViewerSlot(pub Option<Viewer>);

/// A signed-in person; visitors are sent to the sign-in page (or get 401 from the API).
pub struct CurrentUser(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<ViewerSlot>()
            .and_then(|slot| slot.0.clone())
            .map(CurrentUser)
            .ok_or(AppError::Unauthenticated)
    }
}

/// The viewer if signed in.
pub struct MaybeUser(pub Option<Viewer>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeUser(parts.extensions.get::<ViewerSlot>().and_then(|slot| slot.0.clone())))
    }
}
