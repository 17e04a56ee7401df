//! What governance has waiting for a person: positions their country has not stated (a focal
//! point), stances their organisation has not stated (a representative), minutes to approve
//! and follow-up actions still open (management).

use crate::store;
use kernel::Action;
use web::{AppState, Tr, Viewer, Waiting, WaitingFuture};

pub fn waiting<'a>(app: &'a AppState, viewer: &'a Viewer, tr: Tr) -> WaitingFuture<'a> {
    Box::pin(async move {
        let now = app.now();
        let mut out = Vec::new();
        let closing = |t: Option<store::Ts>| t.map(|t| tr.datetime(t));

        let countries: Vec<String> =
            viewer.reach(Action::CastCountryPosition).countries().iter().map(|c| c.to_string()).collect();
        let positions = store::positions_missing(&app.db, &countries, now).await?;
        if positions.n > 0 {
            out.push(Waiting {
                text: tr.t_count("waiting-positions", positions.n),
                href: "/governance/proposals".into(),
                due: closing(positions.first),
            });
        }

        let entities: Vec<i64> =
            viewer.reach(Action::StateEntityStance).entities().iter().map(|e| e.0).collect();
        let names = membership::public::names(&app.db, &entities).await?;
        for id in &entities {
            let Some((name, country)) = names.get(id) else { continue };
            let stances = store::stances_missing(&app.db, *id, country, now).await?;
            if stances.n > 0 {
                out.push(Waiting {
                    text: tr.t_count_args("waiting-stances", stances.n, &[("name", name.as_str())]),
                    href: "/governance/proposals".into(),
                    due: closing(stances.first),
                });
            }
        }

        if viewer.may(Action::ApproveMinutes, &kernel::Target::network()) {
            let n = store::minutes_to_approve(&app.db).await?;
            if n > 0 {
                out.push(Waiting {
                    text: tr.t_count("waiting-minutes", n),
                    href: "/governance/meetings".into(),
                    due: None,
                });
            }
        }
        if viewer.may(Action::ManageDecisions, &kernel::Target::network()) {
            let actions = store::open_actions(&app.db).await?;
            if actions.n > 0 {
                out.push(Waiting {
                    text: tr.t_count("waiting-actions", actions.n),
                    href: "/governance/decisions".into(),
                    due: actions
                        .first_due
                        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
                        .map(|d| tr.date(d)),
                });
            }
        }
        Ok(out)
    })
}
