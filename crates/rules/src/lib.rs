//! Each capability's pure rules, compiled here alone (one feature each) besides in their own
//! crate: a change to one of them rebuilds a few hundred lines, not the capability with its
//! pages and queries. The mutation gate (`scripts/mutants`) mutates the files in their crates
//! and runs their unit tests here. Nothing else depends on this crate.

// The rules' tests read the shipped reference data as `store::reference::load_embedded()`. Here
// `store` is this crate itself, reading the same file: the tests then build without the store
// crate and its database drivers, which cargo would otherwise check for freshness at every
// mutant.
#[cfg(test)]
extern crate self as store;

#[cfg(test)]
#[allow(dead_code)] // with no capability's rules built
mod reference {
    use kernel::ReferenceData;
    use std::sync::LazyLock;

    /// Read once a test run: the rules' tests ask for it some sixty times.
    pub fn load_embedded() -> Result<ReferenceData, std::convert::Infallible> {
        static DATA: LazyLock<ReferenceData> = LazyLock::new(|| {
            toml::from_str(include_str!("../../store/reference/asec.toml"))
                .expect("the shipped reference data")
        });
        Ok(DATA.clone())
    }
}

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

#[cfg(feature = "knowledge")]
#[path = "../../knowledge/src/domain.rs"]
pub mod knowledge;

// The file store's rules are its own (`pub(crate)`): here, only their tests use them.
#[cfg(feature = "files")]
#[path = "../../files/src/domain.rs"]
#[allow(dead_code)]
pub mod files;

#[cfg(feature = "funding")]
#[path = "../../funding/src/domain.rs"]
pub mod funding;

#[cfg(feature = "academy")]
#[path = "../../academy/src/domain.rs"]
pub mod academy;
