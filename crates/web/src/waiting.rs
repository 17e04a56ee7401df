//! What waits for a signed-in person: each capability says what of its work waits for whom
//! (applications to endorse, positions to state, minutes to approve …), and the home page
//! `/me` shows it all. A capability joins by giving the platform one [`WaitingSource`].

use crate::{AppResult, AppState, Tr, Viewer};
use std::future::Future;
use std::pin::Pin;

/// One kind of work, in the reader's language, with how many and where to do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// "2 applications to endorse", "Your application: Awaiting endorsement".
    pub text: String,
    pub href: String,
    /// When the first of them is due, as people read it.
    pub due: Option<String>,
}

pub type WaitingFuture<'a> = Pin<Box<dyn Future<Output = AppResult<Vec<Waiting>>> + Send + 'a>>;

/// A capability's list of what waits for `viewer`: nothing when none of its work does.
/// Written as `fn waiting<'a>(app, viewer, tr) -> WaitingFuture<'a> { Box::pin(async move { … }) }`.
pub type WaitingSource = for<'a> fn(&'a AppState, &'a Viewer, Tr) -> WaitingFuture<'a>;
