//! What other capabilities, jobs and the command line ask of accounts: people and their names,
//! role grants, telling people things, settings, accounts made by the operator. Handlers of
//! this crate call the same functions.

use crate::store::{self, NewUser};
use crate::write::Write;
use crate::{domain, mail};
use kernel::{Grant, Role, Scope, UserId};
use sea_orm::{ConnectionTrait, DbErr};
use std::collections::HashMap;
use web::{AppError, AppState, Tr, cookies};

/// A person as other capabilities see them: enough to show a name and send mail.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: UserId,
    pub display_name: String,
    pub email: String,
    pub lang: String,
}

impl From<store::UserRow> for Person {
    fn from(u: store::UserRow) -> Self {
        Person { id: UserId(u.id), display_name: u.display_name, email: u.email, lang: u.lang }
    }
}

/// People by id (for names next to records other capabilities keep).
pub async fn person(c: &impl ConnectionTrait, id: UserId) -> Result<Option<Person>, DbErr> {
    Ok(store::find_user(c, id.0).await?.map(Person::from))
}

/// The person with this email address, if they have an account that is not disabled.
pub async fn person_by_email(c: &impl ConnectionTrait, email: &str) -> Result<Option<Person>, DbErr> {
    Ok(store::find_user_by_email(c, email).await?.filter(|u| u.disabled_at.is_none()).map(Person::from))
}

/// The display names of the accounts among `ids`, in one query: for the names beside records
/// other capabilities keep (who changed a profile, who cast a position).
pub async fn display_names(
    c: &impl ConnectionTrait,
    ids: &[UserId],
) -> Result<HashMap<UserId, String>, DbErr> {
    let mut ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(store::display_names(c, &ids).await?.into_iter().map(|r| (UserId(r.id), r.display_name)).collect())
}

/// Everyone holding `role` with exactly `scope` (the focal points of a country, say).
pub async fn holders(c: &impl ConnectionTrait, role: Role, scope: &Scope) -> Result<Vec<Person>, DbErr> {
    Ok(store::holders(c, role.as_str(), scope.kind().as_str(), &scope.reference())
        .await?
        .into_iter()
        .map(Person::from)
        .collect())
}

/// Every holder of `role` with the reference of the scope they hold it in (country code,
/// sub-region code, entity id), in one query.
pub async fn holders_of_role(c: &impl ConnectionTrait, role: Role) -> Result<Vec<(String, Person)>, DbErr> {
    Ok(store::holders_of_role(c, role.as_str())
        .await?
        .into_iter()
        .map(|h| {
            (
                h.scope_ref,
                Person { id: UserId(h.id), display_name: h.display_name, email: h.email, lang: h.lang },
            )
        })
        .collect())
}

/// Tells a person something by email and in the platform, in their language: the email is
/// the Fluent message `{key}-subject`/`{key}-body`, the notification its subject, linking to
/// `link` (a path on this site).
pub async fn notify(
    c: &impl ConnectionTrait,
    app: &AppState,
    person: &Person,
    key: &str,
    args: &[(&str, &str)],
    link: &str,
) -> Result<(), DbErr> {
    let subject = mail::enqueue_message(c, app, &person.email, &person.lang, key, args).await?;
    store::add_notification(c, person.id.0, &subject, link, app.now()).await
}

/// A new account, checked.
pub(crate) struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub lang: &'a str,
    pub password_hash: &'a str,
    /// The address needs no confirmation (the operator vouches for it).
    pub verified: bool,
    /// The person makes their own account (sign-up): they are the write's actor from here.
    pub self_made: bool,
}

/// Creates an account and records it; `None` when the address is taken. The one place an
/// account is made, whoever makes it (sign-up, the first administrator, the operator).
pub(crate) async fn create_account(w: &Write<'_>, a: NewAccount<'_>) -> Result<Option<UserId>, DbErr> {
    let now = w.now();
    let new = NewUser {
        email: a.email,
        display_name: a.display_name,
        lang: a.lang,
        password_hash: Some(a.password_hash),
        verified_at: a.verified.then_some(now),
    };
    let Some(id) = store::create_user(w.tx(), new, now).await? else {
        return Ok(None);
    };
    if a.self_made {
        w.act_as(UserId(id));
    }
    let after = serde_json::json!({ "email": a.email, "display_name": a.display_name, "lang": a.lang });
    w.audit("user.create", "user", id, None, Some(after)).await?;
    Ok(Some(UserId(id)))
}

/// Creates an account whose address needs no confirmation (demo data, imports by the
/// operator), or returns the existing one with that address.
pub async fn create_confirmed_account(
    w: &Write<'_>,
    email: &str,
    display_name: &str,
    lang: &str,
    password: &str,
) -> Result<Person, DbErr> {
    if let Some(existing) = person_by_email(w.tx(), email).await? {
        return Ok(existing);
    }
    let hash = domain::hash_password(password);
    let account =
        NewAccount { email, display_name, lang, password_hash: &hash, verified: true, self_made: false };
    let id = create_account(w, account).await?.expect("the address was free");
    Ok(Person { id, display_name: display_name.into(), email: email.into(), lang: lang.into() })
}

/// What giving a grant did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantOutcome {
    /// A new grant, with its id.
    Granted(i64),
    /// The person already held it.
    AlreadyHeld(i64),
    /// The scope already has as many holders as the role allows (two focal points a country).
    Full,
}

pub(crate) fn grant_json(user_id: UserId, grant: &Grant) -> serde_json::Value {
    serde_json::json!({
        "user_id": user_id.0,
        "role": grant.role.as_str(),
        "scope_kind": grant.scope.kind().as_str(),
        "scope_ref": grant.scope.reference(),
    })
}

/// Gives `user` a grant inside the write, audited as done by its actor. A role with a limit
/// per scope (focal points) answers `Full` and changes nothing.
pub async fn grant_in(w: &Write<'_>, user: UserId, grant: &Grant) -> Result<GrantOutcome, DbErr> {
    let added = store::add_grant(w.tx(), user.0, grant, w.actor().map(|a| a.0), w.now()).await?;
    Ok(match added {
        store::Added::New(id) => {
            w.audit("grant.create", "role_grant", id, None, Some(grant_json(user, grant))).await?;
            tell_about_grant(w, user, grant, "mail-role-granted").await?;
            GrantOutcome::Granted(id)
        }
        store::Added::Existing(id) => GrantOutcome::AlreadyHeld(id),
        store::Added::Full => GrantOutcome::Full,
    })
}

/// Takes a grant away from `user` inside the write; false if they did not hold it.
pub async fn revoke_in(w: &Write<'_>, user: UserId, grant: &Grant) -> Result<bool, DbErr> {
    let Some(id) = store::active_grant_id(w.tx(), user.0, grant).await? else {
        return Ok(false);
    };
    end_grant(w, id, user, grant).await
}

/// Ends grant `id` (of `user`) inside the write, recorded and told to its holder; false if it
/// had ended meanwhile.
pub(crate) async fn end_grant(w: &Write<'_>, id: i64, user: UserId, grant: &Grant) -> Result<bool, DbErr> {
    let by = w.actor().map(|a| a.0).unwrap_or_default();
    if !store::revoke_grant(w.tx(), id, by, w.now()).await? {
        return Ok(false);
    }
    w.audit("grant.revoke", "role_grant", id, Some(grant_json(user, grant)), None).await?;
    tell_about_grant(w, user, grant, "mail-role-revoked").await?;
    Ok(true)
}

/// Tells a person, in their language, that they were given or lost a role.
async fn tell_about_grant(w: &Write<'_>, user: UserId, grant: &Grant, key: &str) -> Result<(), DbErr> {
    let Some(person) = person(w.tx(), user).await? else { return Ok(()) };
    let tr = Tr::new(&person.lang);
    let role = role_label(tr, grant.role);
    let scope = scope_label(w.app(), tr, &grant.scope).await;
    let link = format!("{}/me", w.app().config.base_url());
    let args = [("name", person.display_name.as_str()), ("role", &role), ("scope", &scope), ("link", &link)];
    notify(w.tx(), w.app(), &person, key, &args, "/me").await
}

/// A role's name in a language.
pub(crate) fn role_label(tr: Tr, role: Role) -> String {
    tr.t(&format!("role-{}", role.as_str().replace('_', "-")))
}

/// A scope in words: "Whole network", "South Asia", "Indonesia", "Koperasi Wanita Sejahtera"
/// (an organisation by the name membership gives it, else "Member entity 12").
pub(crate) async fn scope_label(app: &AppState, tr: Tr, scope: &Scope) -> String {
    match scope {
        Scope::Network => tr.t("scope-network"),
        Scope::Subregion(code) => app
            .reference
            .subregion(code)
            .map(|s| s.name.get(tr.lang()).to_string())
            .unwrap_or_else(|| code.0.clone()),
        Scope::Country(code) => app
            .reference
            .country(code)
            .map(|c| c.name.get(tr.lang()).to_string())
            .unwrap_or_else(|| code.to_string()),
        Scope::Entity(id) => match web::audit::name_of(app, "entity", id.0).await {
            Ok(Some(named)) => named.name,
            Ok(None) => tr.t_args("scope-entity", &[("id", &id.to_string())]),
            Err(e) => {
                tracing::warn!(entity = id.0, "no name for the scope: {e:?}");
                tr.t_args("scope-entity", &[("id", &id.to_string())])
            }
        },
    }
}

/// Grants a role from the command line (no acting person), recorded in the audit log. `None`
/// when no account has that address.
pub async fn grant_role_from_cli(
    app: &AppState,
    email: &str,
    grant: Grant,
) -> Result<Option<GrantOutcome>, AppError> {
    let Some(user) = store::find_user_by_email(&app.db, email).await? else {
        return Ok(None);
    };
    let w = Write::begin(app, None).await?;
    let outcome = grant_in(&w, UserId(user.id), &grant).await?;
    if matches!(outcome, GrantOutcome::Granted(_)) {
        w.commit().await?;
    }
    Ok(Some(outcome))
}

/// Counts an attempt against a limit for `key`; refuses with HTTP 429 once the window's budget
/// is spent.
pub(crate) async fn rate_limit(app: &AppState, limit: domain::Limit, key: &str) -> Result<(), AppError> {
    let now = app.now().timestamp();
    let hits = store::rate_hit(&app.db, limit.bucket, key, limit.window_start(now)).await?;
    if hits > limit.max {
        return Err(AppError::RateLimited { retry_after_secs: limit.retry_after(now) });
    }
    Ok(())
}

/// Makes a one-time link that creates an administrator (for `email`, when given). Older unused
/// links of the same kind stop working.
pub async fn admin_setup_link(app: &AppState, email: Option<&str>) -> Result<String, DbErr> {
    let now = app.now();
    let token = cookies::random_token();
    store::retire_tokens(&app.db, None, domain::Purpose::AdminSetup.as_str(), now).await?;
    store::create_token(
        &app.db,
        None,
        domain::Purpose::AdminSetup.as_str(),
        &cookies::token_hash(&token),
        email,
        now,
        now + domain::Purpose::AdminSetup.lifetime(),
    )
    .await?;
    Ok(format!("{}/setup/{token}", app.config.base_url()))
}

/// Whether any administrator exists yet (an empty platform prints a setup link).
pub async fn has_administrator(app: &AppState) -> Result<bool, DbErr> {
    Ok(store::count_administrators(&app.db).await? > 0)
}

/// A setting a capability keeps (`owner` is its crate's name, such as `directory`).
pub async fn setting(c: &impl ConnectionTrait, owner: &str, name: &str) -> Result<Option<String>, DbErr> {
    store::setting(c, &setting_key(owner, name)).await
}

/// Changes a setting inside the write; the caller audits what it means.
pub async fn set_setting(w: &Write<'_>, owner: &str, name: &str, value: &str) -> Result<(), DbErr> {
    store::set_setting(w.tx(), &setting_key(owner, name), value).await
}

fn setting_key(owner: &str, name: &str) -> String {
    debug_assert!(!owner.contains('.'), "a setting's owner is a crate name");
    format!("{owner}.{name}")
}
