//! Each capability's pure rules, compiled here alone (one feature each) besides in their own
//! crate: a change to one of them rebuilds a few hundred lines, not the capability with its
//! pages and queries. The mutation gate (`scripts/mutants`) mutates the files in their crates
//! and runs their unit tests here. Nothing else depends on this crate.

#[cfg(feature = "accounts")]
#[path = "../../accounts/src/domain.rs"]
pub mod accounts;

#[cfg(feature = "membership")]
#[path = "../../membership/src/domain.rs"]
pub mod membership;

#[cfg(feature = "directory")]
#[path = "../../directory/src/domain.rs"]
pub mod directory;

#[cfg(feature = "governance")]
#[path = "../../governance/src/domain.rs"]
pub mod governance;
