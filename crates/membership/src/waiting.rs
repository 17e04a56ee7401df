//! What membership has waiting for a person: applications to endorse (a focal point) or to
//! approve (management), members yet to accept the MOU, accepted MOUs to countersign
//! (management), renewals coming due, and an
//! applicant's or representative's own applications.

use crate::domain::{self, Status};
use crate::store;
use kernel::Action;
use web::{AppState, Tr, Viewer, Waiting, WaitingFuture};

pub fn waiting<'a>(app: &'a AppState, viewer: &'a Viewer, tr: Tr) -> WaitingFuture<'a> {
    Box::pin(async move {
        let mut out = Vec::new();
        let count = |key: &str, n: i64, href: &str| Waiting {
            text: tr.t_count(key, n),
            href: href.to_string(),
            due: None,
        };

        // A focal point endorses in their countries; management's share of that work is to
        // approve, so the network-wide reach does not list every country's queue again.
        let endorse = viewer.reach(Action::EndorseApplication);
        if !endorse.everywhere {
            let countries: Vec<String> = endorse.countries().iter().map(|c| c.to_string()).collect();
            let n = store::count_with_status(&app.db, Status::AwaitingEndorsement, Some(&countries)).await?;
            if n > 0 {
                out.push(count("waiting-endorse", n, "/membership/pipeline?status=awaiting_endorsement"));
            }
        }
        if viewer.reach(Action::ApproveMembership).everywhere {
            let n = store::count_with_status(&app.db, Status::AwaitingApproval, None).await?;
            if n > 0 {
                out.push(count("waiting-approve", n, "/membership/pipeline?status=awaiting_approval"));
            }
            let n = store::count_with_status(&app.db, Status::AwaitingMou, None).await?;
            if n > 0 {
                out.push(count("waiting-mou-members", n, "/membership/pipeline?status=awaiting_mou"));
            }
            let due = store::renewals_due(&app.db, domain::remind_if_renewed_before(app.now()), None).await?;
            if viewer.reach(Action::CountersignMou).everywhere {
                let n = store::count_awaiting_countersignature(&app.db).await?;
                if n > 0 {
                    out.push(count("waiting-countersign", n, "/membership/mou#countersign"));
                }
            }
            if let Some(first) = due.first() {
                out.push(Waiting {
                    text: tr.t_count("waiting-renewals", due.len() as i64),
                    href: "/membership/members?status=active".into(),
                    due: Some(tr.date(renewal_date(first.renewed_at))),
                });
            }
        }

        // The person's own organisations: those they applied for and those they represent.
        let mut own = store::by_applicant(&app.db, viewer.id.0).await?;
        let represented: Vec<i64> = viewer
            .reach(Action::EditEntityProfile)
            .entities()
            .into_iter()
            .map(|e| e.0)
            .filter(|id| !own.iter().any(|o| o.id == *id))
            .collect();
        for id in represented {
            if let Some(e) = store::find_entity(&app.db, id).await? {
                own.push(e);
            }
        }
        for e in &own {
            let args = [("name", e.legal_name.as_str())];
            let item = |key: &str, href: String| Waiting { text: tr.t_args(key, &args), href, due: None };
            match e.status {
                Status::Draft => out.push(item("waiting-own-draft", format!("/applications/{}/edit", e.id))),
                Status::SentBack => {
                    out.push(item("waiting-own-sent-back", format!("/applications/{}", e.id)))
                }
                Status::AwaitingMou => {
                    out.push(item("waiting-own-mou", format!("/applications/{}/mou", e.id)))
                }
                Status::AwaitingEndorsement | Status::AwaitingApproval => {
                    let status = tr.t(&e.status.label_key());
                    let args = [
                        ("name", e.legal_name.as_str()),
                        ("status", status.as_str()),
                        ("note", e.status_note.as_str()),
                    ];
                    // A reviewer's note on the last step (an endorsement's welcome, say) reads here too.
                    let key = if e.status_note.is_empty() {
                        "waiting-own-status"
                    } else {
                        "waiting-own-status-note"
                    };
                    out.push(Waiting {
                        text: tr.t_args(key, &args),
                        href: format!("/applications/{}", e.id),
                        due: None,
                    })
                }
                _ => {}
            }
        }
        let active: Vec<i64> = own.iter().filter(|e| e.status == Status::Active).map(|e| e.id).collect();
        for r in
            store::renewals_due(&app.db, domain::remind_if_renewed_before(app.now()), Some(&active)).await?
        {
            out.push(Waiting {
                text: tr.t_args("waiting-own-renewal", &[("name", r.legal_name.as_str())]),
                href: format!("/applications/{}", r.id),
                due: Some(tr.date(renewal_date(r.renewed_at))),
            });
        }
        if !own.is_empty() {
            out.push(Waiting { text: tr.t("waiting-own-all"), href: "/applications".into(), due: None });
        }
        Ok(out)
    })
}

fn renewal_date(renewed_at: store::Ts) -> chrono::NaiveDate {
    (renewed_at + chrono::Duration::days(domain::RENEWAL_EVERY_DAYS)).date_naive()
}
