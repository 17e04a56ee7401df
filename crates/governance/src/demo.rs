//! Demo decisions for the demo network: a proposal open for Southeast Asia, one already
//! decided with its place in the register, and an upcoming online meeting.

use crate::domain::{Meeting, MeetingKind, Proposal, Rule};
use crate::{service, store};
use kernel::UserId;
use web::{AppError, AppState};

/// Loads the demo decisions unless proposals exist; `chair` opens them, and the demo focal
/// points of Indonesia, Malaysia and the Philippines cast the decided one's positions.
pub async fn load(
    app: &AppState,
    chair: UserId,
    focal_points: &[(String, UserId)],
) -> Result<usize, AppError> {
    if !store::proposals(&app.db, true).await?.is_empty() {
        return Ok(0);
    }
    let now = app.now();
    let day = chrono::Duration::days(1);
    let southeast: Vec<String> = crate::domain::deciding_countries(&app.reference, Some("southeast-asia"));
    let proposal = |title: &str, question: &str, rule: Rule, opens, closes| Proposal {
        title: title.into(),
        background: "The council's **SSE Development Roadmap** asks each sub-region to act together.\n\n\
                     - share case studies\n- train young leaders\n- report on the SDGs"
            .into(),
        background_lang: "en".into(),
        other_backgrounds: vec![("id".into(), "Peta jalan pengembangan ESS dewan.".into())],
        question: question.into(),
        options: Vec::new(),
        rule,
        subregion: Some("southeast-asia".into()),
        quorum: 3,
        opens_at: opens,
        closes_at: closes,
        public: true,
    };
    let open = proposal(
        "Join the ASEAN People's Forum statement on the solidarity economy",
        "Does Southeast Asia sign the statement?",
        Rule::Consensus,
        now,
        now + day * 14,
    );
    let w = accounts::Write::begin(app, Some(chair)).await?;
    let open_id = store::create_proposal(w.tx(), &open, &southeast, chair.0, now).await?;
    w.audit(
        "proposal.open",
        "proposal",
        open_id,
        None,
        Some(serde_json::json!({ "title": open.title, "demo": true })),
    )
    .await?;
    let decided = proposal(
        "Hold a Southeast Asian youth SSE camp in 2027",
        "Does the sub-region organise the camp?",
        Rule::Majority,
        now - day * 20,
        now + day,
    );
    let id = store::create_proposal(w.tx(), &decided, &southeast, chair.0, now - day * 20).await?;
    w.audit(
        "proposal.open",
        "proposal",
        id,
        None,
        Some(serde_json::json!({ "title": decided.title, "demo": true })),
    )
    .await?;
    for (country, person) in focal_points {
        let rationale = "Our members will send young leaders.";
        store::set_position(w.tx(), id, country, "agree", rationale, person.0, now).await?;
    }
    let meeting = Meeting {
        title: "Southeast Asia network call".into(),
        kind: MeetingKind::Online,
        starts_at: now + day * 10,
        ends_at: now + day * 10 + chrono::Duration::hours(2),
        place: String::new(),
        link: "https://meet.example.org/asec-southeast-asia".into(),
        description: "Quarterly call of the Southeast Asian country networks.".into(),
        agenda: vec![("Round of the countries".into(), None), ("The youth camp".into(), Some(id))],
        countries: southeast,
        entities: Vec::new(),
        public: true,
    };
    let meeting_id = store::create_meeting(w.tx(), &meeting, chair.0, now).await?;
    w.audit(
        "meeting.create",
        "meeting",
        meeting_id,
        None,
        Some(serde_json::json!({ "title": meeting.title, "demo": true })),
    )
    .await?;
    w.commit().await?;
    if let Some(p) = store::find_proposal(&app.db, id).await? {
        service::close(app, Some(chair), &p).await?;
    }
    Ok(3)
}
