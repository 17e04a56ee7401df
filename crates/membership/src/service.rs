//! The membership operations that handlers, the renewal job, the import and the demo share:
//! creating an application, saving a profile, taking an admission step (recorded, audited and
//! announced). Authorisation is the caller's; each runs inside the caller's write.

use crate::domain::{self, Profile, Refusal, Status, Step, next_status};
use crate::store::{self, EntityRow};
use accounts::{Person, Write};
use kernel::{Role, Scope, UserId};
use sea_orm::{ConnectionTrait, DbErr};
use web::{AppError, AppState};

/// What the audit log keeps of a profile (public and private fields alike, no secrets).
pub(crate) fn profile_json(p: &Profile) -> serde_json::Value {
    serde_json::json!({
        "legal_name": p.legal_name, "short_name": p.short_name, "kind": p.kind, "country": p.country_code,
        "city": p.city, "latitude_e6": p.latitude_e6, "longitude_e6": p.longitude_e6,
        "registration_number": p.registration_number, "registrar": p.registrar,
        "registration_year": p.registration_year, "website": p.website, "members_total": p.members_total,
        "members_women": p.members_women, "beneficiaries_total": p.beneficiaries_total,
        "beneficiaries_women": p.beneficiaries_women, "description": p.description,
        "description_lang": p.description_lang, "constituencies": p.constituencies, "sdgs": p.sdgs,
        "commitments": p.commitments,
    })
}

/// Logos: images of at most `LOGO_MAX_BYTES`, shown on public pages once the member is active
/// (served by their content's hash, which only pages that show them reveal).
pub(crate) const LOGO: files::Kind = files::Kind {
    owner: "membership",
    name: "logo",
    max_bytes: domain::LOGO_MAX_BYTES as u64,
    accepts: files::IMAGES,
    public: true,
};

/// Makes a received image the entity's logo; the one it replaces is released.
pub(crate) async fn set_logo(w: &Write<'_>, entity: i64, received: &files::Received) -> Result<(), AppError> {
    let file = files::put(w.tx(), received, w.actor(), w.now()).await?;
    if let Some(old) = store::set_logo_file(w.tx(), entity, file.id.0, w.now()).await? {
        files::release(w.tx(), files::FileId(old), w.now()).await?;
    }
    let after =
        serde_json::json!({ "file": file.id.0, "media_type": file.media_type.as_str(), "bytes": file.size });
    w.audit("entity.logo", "entity", entity, None, Some(after)).await?;
    Ok(())
}

/// Moves logos kept as bytes in the database (before the file store) into the store, a few
/// at a time, each in its own write; `progress` is told how many are done of how many.
pub async fn move_legacy_logos(
    app: &AppState,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<u64, AppError> {
    let total = store::legacy_logo_count(&app.db).await?.max(0) as u64;
    let mut done = 0;
    loop {
        let batch = store::legacy_logos(&app.db, 8).await?;
        if batch.is_empty() {
            return Ok(done);
        }
        for logo in batch {
            let body = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(logo.bytes))]);
            let received = files::receive(&app.files, &LOGO, "logo", body).await?;
            let w = Write::begin(app, None).await?;
            let file = files::put(w.tx(), &received, None, logo.updated_at).await?;
            store::set_logo_file(w.tx(), logo.entity_id, file.id.0, logo.updated_at).await?;
            store::forget_legacy_logo(w.tx(), logo.entity_id).await?;
            let after = serde_json::json!({ "file": file.id.0, "bytes": file.size });
            w.audit("entity.logo_moved", "entity", logo.entity_id, None, Some(after)).await?;
            w.commit().await?;
            done += 1;
            progress(done, total);
        }
    }
}

/// The focal points of a country network.
pub(crate) async fn focal_points(c: &impl ConnectionTrait, country: &str) -> Result<Vec<Person>, DbErr> {
    let Some(code) = kernel::CountryCode::parse(country) else {
        return Ok(Vec::new());
    };
    accounts::holders(c, Role::FocalPoint, &Scope::Country(code)).await
}

async fn management(c: &impl ConnectionTrait) -> Result<Vec<Person>, DbErr> {
    accounts::holders(c, Role::Management, &Scope::Network).await
}

/// Records a new application by `applicant` (a draft, or submitted at once).
pub(crate) async fn create_application(
    w: &Write<'_>,
    applicant: UserId,
    profile: &Profile,
    submit: bool,
) -> Result<i64, AppError> {
    let id = store::create_entity(w.tx(), profile, applicant.0, w.now()).await?;
    let after = serde_json::json!({ "legal_name": profile.legal_name, "country": profile.country_code });
    w.audit("entity.create", "entity", id, None, Some(after)).await?;
    if submit {
        take_step(w, id, 1, Status::Draft, Step::Submit, "").await?;
    }
    Ok(id)
}

/// Saves a changed profile at `version`, with its readable history, the search index and the
/// audit entry; false when the entity changed meanwhile.
pub(crate) async fn save_profile(
    w: &Write<'_>,
    id: i64,
    version: i32,
    before: &Profile,
    after: &Profile,
) -> Result<bool, AppError> {
    let now = w.now();
    if !store::update_profile(w.tx(), id, version, after, now).await? {
        return Ok(false);
    }
    let actor = w.actor().map(|a| a.0);
    for (field, was, is) in domain::profile_changes(before, after) {
        store::record_change(w.tx(), id, actor, field, &was, &is, now).await?;
    }
    crate::index::reindex(w.tx(), id).await?;
    w.audit("entity.update", "entity", id, Some(profile_json(before)), Some(profile_json(after))).await?;
    Ok(true)
}

/// Takes `step` from `from` at `version`: the status changes (guarded by both), the step goes
/// into the entity's history, the search index and the audit log, and whoever acts next is
/// told. `Conflict` when the entity changed meanwhile.
pub(crate) async fn take_step(
    w: &Write<'_>,
    id: i64,
    version: i32,
    from: Status,
    step: Step,
    reason: &str,
) -> Result<Status, AppError> {
    let c = w.tx();
    let e = store::find_entity(c, id).await?.ok_or(AppError::NotFound)?;
    let has_focal_point = !focal_points(c, &e.network_country).await?.is_empty();
    let to = match next_status(from, step, has_focal_point, reason) {
        Ok(to) => to,
        Err(Refusal::ReasonRequired) => return Err(AppError::Invalid("error-reason-required")),
        Err(Refusal::NotNow { .. }) => return Err(AppError::Conflict("error-changed-meanwhile")),
    };
    let now = w.now();
    let reason = reason.trim();
    if !store::set_status(c, id, version, from, to, reason, now).await? {
        return Err(AppError::Conflict("error-changed-meanwhile"));
    }
    store::record_event(c, id, w.actor().map(|a| a.0), step.as_str(), from, to, reason, now).await?;
    crate::index::reindex(c, id).await?;
    let before = serde_json::json!({ "status": from.as_str() });
    let after = serde_json::json!({ "status": to.as_str(), "step": step.as_str(), "note": reason });
    w.audit("entity.status", "entity", id, Some(before), Some(after)).await?;
    tell_next(c, w.app(), &e, step, to, reason).await?;
    Ok(to)
}

/// Mail to the people who act next and to the applicant, each in their language.
async fn tell_next(
    c: &impl ConnectionTrait,
    app: &AppState,
    e: &EntityRow,
    step: Step,
    to: Status,
    reason: &str,
) -> Result<(), DbErr> {
    let link = format!("{}/applications/{}", app.config.base_url(), e.id);
    let applicant = accounts::person(c, UserId(e.applicant_id)).await?;
    let mut messages: Vec<(Person, &str)> = Vec::new();
    match (step, to) {
        (Step::Submit, Status::AwaitingEndorsement) => {
            for p in focal_points(c, &e.network_country).await? {
                messages.push((p, "mail-application-to-endorse"));
            }
        }
        (Step::Submit, _) | (Step::Endorse, _) => {
            for p in management(c).await? {
                messages.push((p, "mail-application-to-approve"));
            }
        }
        (Step::AcceptMou, _) => {
            for p in focal_points(c, &e.network_country).await? {
                messages.push((p, "mail-membership-new-member"));
            }
        }
        _ => {}
    }
    if let Some(applicant) = applicant {
        messages.push((applicant, "mail-application-update"));
    }
    for (person, key) in messages {
        let tr = web::Tr::new(&person.lang);
        let status = tr.t(&to.label_key());
        let country = app.reference.country_name(&e.network_country, tr.lang());
        let args = [
            ("name", person.display_name.as_str()),
            ("entity", e.legal_name.as_str()),
            ("country", country.as_str()),
            ("status", status.as_str()),
            ("reason", reason),
            ("link", link.as_str()),
        ];
        accounts::notify(c, app, &person, key, &args, &format!("/applications/{}", e.id)).await?;
    }
    Ok(())
}

/// Countersigns for ASEC the MOU `e` accepted (`mou`, its latest acceptance): stored once and
/// never replaced (a second attempt is a conflict), audited, and the entity's representatives
/// are told, each in their language, with the link to the signed MOU.
pub(crate) async fn countersign_mou(
    w: &Write<'_>,
    e: &EntityRow,
    mou: &store::SignedMouRow,
) -> Result<(), AppError> {
    let by = w.actor().ok_or(AppError::Forbidden)?;
    let c = w.tx();
    let now = w.now();
    if !store::countersign_mou(c, mou.id, by.0, now).await? {
        return Err(AppError::Conflict("error-mou-already-countersigned"));
    }
    let before =
        serde_json::json!({ "acceptance": mou.id, "version": mou.version, "countersigned_by": null });
    let after = serde_json::json!({
        "acceptance": mou.id, "version": mou.version, "countersigned_by": by.0, "countersigned_at": now,
    });
    w.audit("mou.countersign", "entity", e.id, Some(before), Some(after)).await?;
    let app = w.app();
    let path = format!("/entities/{}/mou", e.id);
    let link = format!("{}{path}", app.config.base_url());
    let scope = Scope::Entity(kernel::EntityId(e.id));
    for person in accounts::holders(c, Role::EntityRepresentative, &scope).await? {
        let args = [
            ("name", person.display_name.as_str()),
            ("entity", e.legal_name.as_str()),
            ("link", link.as_str()),
        ];
        accounts::notify(c, app, &person, "mail-mou-countersigned", &args, &path).await?;
    }
    Ok(())
}
