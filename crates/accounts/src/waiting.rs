//! What the account itself has waiting: notifications not read, an address to confirm, and
//! a second factor that the person's roles need.

use web::{AppState, Tr, Viewer, Waiting, WaitingFuture};

pub fn waiting<'a>(_app: &'a AppState, viewer: &'a Viewer, tr: Tr) -> WaitingFuture<'a> {
    Box::pin(async move {
        let mut out = Vec::new();
        if viewer.grants.iter().any(|g| g.role.needs_two_factor()) && !viewer.two_factor {
            out.push(Waiting {
                text: tr.t("waiting-two-factor"),
                href: "/account/two-factor".into(),
                due: None,
            });
        }
        if !viewer.email_verified {
            out.push(Waiting { text: tr.t("waiting-verify-email"), href: "/account".into(), due: None });
        }
        if viewer.unread_notifications > 0 {
            out.push(Waiting {
                text: tr.t_count("waiting-notifications", viewer.unread_notifications),
                href: "/notifications".into(),
                due: None,
            });
        }
        Ok(out)
    })
}
