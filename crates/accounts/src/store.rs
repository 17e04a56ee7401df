//! The accounts tables: users, sessions, one-time tokens, recovery codes, role grants, audit
//! log, API tokens, rate limits and the outbox. No other crate touches them; they use the
//! functions in `lib.rs`.

use chrono::{DateTime, Utc};
use kernel::{Grant, Role, Scope, UserId};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult};
use store::{all, exec, insert_id, one, scalar, values};

pub type Ts = DateTime<Utc>;

// ---------------------------------------------------------------- users

#[derive(Debug, Clone, FromQueryResult)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub password_hash: Option<String>,
    pub display_name: String,
    pub lang: String,
    pub email_verified_at: Option<Ts>,
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<Ts>,
    pub totp_last_step: Option<i64>,
    pub disabled_at: Option<Ts>,
    pub created_at: Ts,
    /// The IANA zone the person chose to read times in.
    pub time_zone: Option<String>,
}

impl UserRow {
    pub fn two_factor(&self) -> bool {
        self.totp_enabled_at.is_some()
    }
}

const USER_COLUMNS: &str = "id, email, password_hash, display_name, lang, email_verified_at, \
    totp_secret, totp_enabled_at, totp_last_step, disabled_at, created_at, time_zone";

/// Accounts are unique by email without regard to case.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub lang: &'a str,
    pub password_hash: Option<&'a str>,
    pub verified_at: Option<Ts>,
}

/// Creates a user; `None` when the email is taken.
pub async fn create_user(c: &impl ConnectionTrait, u: NewUser<'_>, now: Ts) -> Result<Option<i64>, DbErr> {
    if find_user_by_email(c, u.email).await?.is_some() {
        return Ok(None);
    }
    insert_id(
        c,
        "INSERT INTO users (email, email_key, password_hash, display_name, lang, email_verified_at,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values![
            u.email,
            email_key(u.email),
            u.password_hash.map(str::to_string),
            u.display_name,
            u.lang,
            u.verified_at,
            now,
            now
        ],
    )
    .await
    .map(Some)
}

pub async fn find_user(c: &impl ConnectionTrait, id: i64) -> Result<Option<UserRow>, DbErr> {
    one(c, &format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"), values![id]).await
}

pub async fn find_user_by_email(c: &impl ConnectionTrait, email: &str) -> Result<Option<UserRow>, DbErr> {
    one(c, &format!("SELECT {USER_COLUMNS} FROM users WHERE email_key = ?"), values![email_key(email)]).await
}

pub async fn set_password(c: &impl ConnectionTrait, id: i64, hash: &str, now: Ts) -> Result<(), DbErr> {
    exec(c, "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?", values![hash, now, id])
        .await?;
    Ok(())
}

pub async fn set_verified(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<(), DbErr> {
    exec(
        c,
        "UPDATE users SET email_verified_at = ?, updated_at = ? WHERE id = ? AND email_verified_at IS NULL",
        values![now, now, id],
    )
    .await?;
    Ok(())
}

pub async fn update_profile(
    c: &impl ConnectionTrait,
    id: i64,
    name: &str,
    lang: &str,
    time_zone: Option<&str>,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "UPDATE users SET display_name = ?, lang = ?, time_zone = ?, updated_at = ? WHERE id = ?",
        values![name, lang, time_zone, now, id],
    )
    .await?;
    Ok(())
}

pub async fn set_lang(c: &impl ConnectionTrait, id: i64, lang: &str, now: Ts) -> Result<(), DbErr> {
    exec(c, "UPDATE users SET lang = ?, updated_at = ? WHERE id = ?", values![lang, now, id]).await?;
    Ok(())
}

pub async fn set_email(c: &impl ConnectionTrait, id: i64, email: &str, now: Ts) -> Result<(), DbErr> {
    exec(
        c,
        "UPDATE users SET email = ?, email_key = ?, email_verified_at = ?, updated_at = ? WHERE id = ?",
        values![email, email_key(email), now, now, id],
    )
    .await?;
    Ok(())
}

pub async fn set_totp(
    c: &impl ConnectionTrait,
    id: i64,
    secret: Option<&str>,
    enabled_at: Option<Ts>,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "UPDATE users SET totp_secret = ?, totp_enabled_at = ?, totp_last_step = NULL, updated_at = ? WHERE id = ?",
        values![secret.map(str::to_string), enabled_at, now, id],
    )
    .await?;
    Ok(())
}

/// Records the TOTP step just used; false when another request used it (or a later one) first.
pub async fn use_totp_step(c: &impl ConnectionTrait, id: i64, step: i64) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)",
        values![step, id, step],
    )
    .await?;
    Ok(changed == 1)
}

pub async fn set_disabled(c: &impl ConnectionTrait, id: i64, at: Option<Ts>, now: Ts) -> Result<(), DbErr> {
    exec(c, "UPDATE users SET disabled_at = ?, updated_at = ? WHERE id = ?", values![at, now, id]).await?;
    Ok(())
}

pub async fn list_users(
    c: &impl ConnectionTrait,
    search: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<UserRow>, DbErr> {
    let pattern = format!("%{}%", search.trim().to_lowercase());
    all(
        c,
        &format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email_key LIKE ? OR LOWER(display_name) LIKE ?
             ORDER BY id LIMIT ? OFFSET ?"
        ),
        values![pattern.clone(), pattern, limit, offset],
    )
    .await
}

pub async fn count_users(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(scalar(c, "SELECT COUNT(*) FROM users", vec![]).await?.unwrap_or(0))
}

/// Number of people holding an active administrator grant.
pub async fn count_administrators(c: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(scalar(
        c,
        "SELECT COUNT(DISTINCT user_id) FROM role_grants WHERE role = ? AND revoked_at IS NULL",
        values![Role::Administrator.as_str()],
    )
    .await?
    .unwrap_or(0))
}

// ---------------------------------------------------------------- sessions

#[derive(Debug, Clone, FromQueryResult)]
pub struct SessionRow {
    pub id: i64,
    pub user_id: i64,
    pub user_agent: String,
    pub client_ip: String,
    pub created_at: Ts,
    pub last_seen_at: Ts,
    /// When this sign-in passed the second factor (at sign-in, or by turning it on here).
    pub second_factor_at: Option<Ts>,
}

pub struct NewSession<'a> {
    pub user_id: i64,
    pub token_hash: &'a str,
    pub user_agent: &'a str,
    pub client_ip: &'a str,
    pub second_factor: bool,
}

pub async fn create_session(
    c: &impl ConnectionTrait,
    s: NewSession<'_>,
    now: Ts,
    expires_at: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO sessions (user_id, token_hash, user_agent, client_ip, created_at, last_seen_at, expires_at,
         second_factor_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values![
            s.user_id,
            s.token_hash,
            s.user_agent,
            s.client_ip,
            now,
            now,
            expires_at,
            s.second_factor.then_some(now)
        ],
    )
    .await
}

/// Marks a session as having passed the second factor (the one that turned it on), or not.
pub async fn set_session_second_factor(
    c: &impl ConnectionTrait,
    id: i64,
    at: Option<Ts>,
) -> Result<(), DbErr> {
    exec(c, "UPDATE sessions SET second_factor_at = ? WHERE id = ?", values![at, id]).await?;
    Ok(())
}

pub async fn find_session(
    c: &impl ConnectionTrait,
    token_hash: &str,
    now: Ts,
) -> Result<Option<SessionRow>, DbErr> {
    one(
        c,
        "SELECT id, user_id, user_agent, client_ip, created_at, last_seen_at, second_factor_at FROM sessions
         WHERE token_hash = ? AND expires_at > ?",
        values![token_hash, now],
    )
    .await
}

pub async fn touch_session(c: &impl ConnectionTrait, id: i64, now: Ts, expires_at: Ts) -> Result<(), DbErr> {
    exec(
        c,
        "UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?",
        values![now, expires_at, id],
    )
    .await?;
    Ok(())
}

pub async fn list_sessions(
    c: &impl ConnectionTrait,
    user_id: i64,
    now: Ts,
) -> Result<Vec<SessionRow>, DbErr> {
    all(
        c,
        "SELECT id, user_id, user_agent, client_ip, created_at, last_seen_at, second_factor_at FROM sessions
         WHERE user_id = ? AND expires_at > ? ORDER BY last_seen_at DESC",
        values![user_id, now],
    )
    .await
}

/// Ends one of the user's sessions; false if it was not theirs or already gone.
pub async fn delete_session(c: &impl ConnectionTrait, id: i64, user_id: i64) -> Result<bool, DbErr> {
    Ok(exec(c, "DELETE FROM sessions WHERE id = ? AND user_id = ?", values![id, user_id]).await? == 1)
}

/// Ends all the user's sessions but `keep`.
pub async fn delete_sessions(
    c: &impl ConnectionTrait,
    user_id: i64,
    keep: Option<i64>,
) -> Result<u64, DbErr> {
    exec(c, "DELETE FROM sessions WHERE user_id = ? AND id <> ?", values![user_id, keep.unwrap_or(-1)]).await
}

// ---------------------------------------------------------------- one-time tokens

#[derive(Debug, Clone, FromQueryResult)]
pub struct TokenRow {
    pub id: i64,
    pub user_id: Option<i64>,
    pub payload: Option<String>,
    pub expires_at: Ts,
    pub used_at: Option<Ts>,
}

pub async fn create_token(
    c: &impl ConnectionTrait,
    user_id: Option<i64>,
    purpose: &str,
    token_hash: &str,
    payload: Option<&str>,
    now: Ts,
    expires_at: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO one_time_tokens (user_id, purpose, token_hash, payload, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        values![user_id, purpose, token_hash, payload.map(str::to_string), now, expires_at],
    )
    .await
}

/// A token by its hash and purpose, whether or not it is still valid (so the page can say
/// "expired" or "already used" rather than "unknown").
pub async fn find_token(
    c: &impl ConnectionTrait,
    token_hash: &str,
    purpose: &str,
) -> Result<Option<TokenRow>, DbErr> {
    one(
        c,
        "SELECT id, user_id, payload, expires_at, used_at FROM one_time_tokens WHERE token_hash = ? AND purpose = ?",
        values![token_hash, purpose],
    )
    .await
}

/// Marks a token used; false if it was used meanwhile (single use even under a race).
pub async fn use_token(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<bool, DbErr> {
    Ok(exec(c, "UPDATE one_time_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL", values![now, id])
        .await?
        == 1)
}

/// Retires the unused tokens of a purpose (for a user, or user-less ones), so only the newest
/// link works.
pub async fn retire_tokens(
    c: &impl ConnectionTrait,
    user_id: Option<i64>,
    purpose: &str,
    now: Ts,
) -> Result<(), DbErr> {
    match user_id {
        Some(id) => {
            exec(
                c,
                "UPDATE one_time_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
                values![now, id, purpose],
            )
            .await?
        }
        None => {
            exec(
                c,
                "UPDATE one_time_tokens SET used_at = ? WHERE user_id IS NULL AND purpose = ? AND used_at IS NULL",
                values![now, purpose],
            )
            .await?
        }
    };
    Ok(())
}

// ---------------------------------------------------------------- recovery codes

pub async fn replace_recovery_codes(
    c: &impl ConnectionTrait,
    user_id: i64,
    hashes: &[String],
) -> Result<(), DbErr> {
    exec(c, "DELETE FROM recovery_codes WHERE user_id = ?", values![user_id]).await?;
    for hash in hashes {
        exec(
            c,
            "INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
            values![user_id, hash.as_str()],
        )
        .await?;
    }
    Ok(())
}

pub async fn use_recovery_code(
    c: &impl ConnectionTrait,
    user_id: i64,
    hash: &str,
    now: Ts,
) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
        values![now, user_id, hash],
    )
    .await?
        == 1)
}

pub async fn unused_recovery_codes(c: &impl ConnectionTrait, user_id: i64) -> Result<i64, DbErr> {
    Ok(scalar(
        c,
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL",
        values![user_id],
    )
    .await?
    .unwrap_or(0))
}

// ---------------------------------------------------------------- role grants

#[derive(Debug, Clone, FromQueryResult)]
pub struct GrantRow {
    pub id: i64,
    pub user_id: i64,
    pub role: String,
    pub scope_kind: String,
    pub scope_ref: String,
    pub granted_at: Ts,
}

impl GrantRow {
    /// The grant; an unknown stored role or scope is an error, never a grant silently lost.
    pub fn grant(&self) -> Result<Grant, DbErr> {
        let unknown = || DbErr::Type(format!("grant {} holds an unknown role or scope", self.id));
        Ok(Grant {
            role: Role::parse(&self.role).ok_or_else(unknown)?,
            scope: Scope::from_parts(&self.scope_kind, &self.scope_ref).ok_or_else(unknown)?,
        })
    }
}

pub async fn active_grants(c: &impl ConnectionTrait, user_id: i64) -> Result<Vec<GrantRow>, DbErr> {
    all(
        c,
        "SELECT id, user_id, role, scope_kind, scope_ref, granted_at FROM role_grants
         WHERE user_id = ? AND revoked_at IS NULL ORDER BY id",
        values![user_id],
    )
    .await
}

/// The active holders of a grant, as user rows.
pub async fn holders(
    c: &impl ConnectionTrait,
    role: &str,
    scope_kind: &str,
    scope_ref: &str,
) -> Result<Vec<UserRow>, DbErr> {
    all(
        c,
        &format!(
            "SELECT {USER_COLUMNS} FROM users WHERE disabled_at IS NULL AND id IN (SELECT user_id FROM role_grants
             WHERE role = ? AND scope_kind = ? AND scope_ref = ? AND revoked_at IS NULL) ORDER BY id"
        ),
        values![role, scope_kind, scope_ref],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct HolderRow {
    pub scope_ref: String,
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub lang: String,
}

/// Every active holder of `role`, with the scope each holds it in (one query for a whole page).
pub async fn holders_of_role(c: &impl ConnectionTrait, role: &str) -> Result<Vec<HolderRow>, DbErr> {
    all(
        c,
        "SELECT g.scope_ref, u.id, u.display_name, u.email, u.lang FROM role_grants g JOIN users u ON u.id = g.user_id
         WHERE g.role = ? AND g.revoked_at IS NULL AND u.disabled_at IS NULL ORDER BY g.scope_ref, u.id",
        values![role],
    )
    .await
}

pub async fn find_grant(c: &impl ConnectionTrait, id: i64) -> Result<Option<GrantRow>, DbErr> {
    one(
        c,
        "SELECT id, user_id, role, scope_kind, scope_ref, granted_at FROM role_grants WHERE id = ? AND revoked_at IS NULL",
        values![id],
    )
    .await
}

/// Adds a grant unless the same one is active; returns the id of the new or existing grant.
pub async fn active_grant_id(
    c: &impl ConnectionTrait,
    user_id: i64,
    grant: &Grant,
) -> Result<Option<i64>, DbErr> {
    scalar(
        c,
        "SELECT id FROM role_grants WHERE user_id = ? AND role = ? AND scope_kind = ? AND scope_ref = ?
         AND revoked_at IS NULL",
        values![user_id, grant.role.as_str(), grant.scope.kind().as_str(), grant.scope.reference()],
    )
    .await
}

/// What adding a grant did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New(i64),
    /// The person already held it.
    Existing(i64),
    /// The scope already has as many holders as the role allows (two focal points a country).
    Full,
}

pub async fn add_grant(
    c: &impl ConnectionTrait,
    user_id: i64,
    grant: &Grant,
    by: Option<i64>,
    now: Ts,
) -> Result<Added, DbErr> {
    let (role, kind, reference) = (grant.role.as_str(), grant.scope.kind().as_str(), grant.scope.reference());
    if let Some(id) = active_grant_id(c, user_id, grant).await? {
        return Ok(Added::Existing(id));
    }
    if let Some(max) = grant.role.max_holders_per_scope() {
        let holders: i64 = scalar(
            c,
            "SELECT COUNT(*) FROM role_grants WHERE role = ? AND scope_kind = ? AND scope_ref = ? AND revoked_at IS NULL",
            values![role, kind, reference.clone()],
        )
        .await?
        .unwrap_or(0);
        if holders >= max as i64 {
            return Ok(Added::Full);
        }
    }
    let id = insert_id(
        c,
        "INSERT INTO role_grants (user_id, role, scope_kind, scope_ref, granted_by, granted_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        values![user_id, role, kind, reference, by, now],
    )
    .await?;
    Ok(Added::New(id))
}

pub async fn revoke_grant(c: &impl ConnectionTrait, id: i64, by: i64, now: Ts) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE role_grants SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
        values![now, by, id],
    )
    .await?
        == 1)
}

// ---------------------------------------------------------------- audit log

#[derive(Debug, Clone, FromQueryResult)]
pub struct AuditRow {
    pub at: Ts,
    pub actor_id: Option<i64>,
    pub actor_email: Option<String>,
    pub actor_name: Option<String>,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

pub struct AuditEntry<'a> {
    pub actor: Option<UserId>,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record_audit(c: &impl ConnectionTrait, e: AuditEntry<'_>, now: Ts) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO audit_log (at, actor_id, action, object_type, object_id, before_json, after_json)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        values![
            now,
            e.actor.map(|u| u.0),
            e.action,
            e.object_type,
            e.object_id,
            e.before.map(|v| v.to_string()),
            e.after.map(|v| v.to_string())
        ],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    pub actor: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub from: String,
    pub to: String,
    pub page: Option<i64>,
}

/// One page of the audit log, newest first, with the filters that are set.
pub async fn list_audit(
    c: &impl ConnectionTrait,
    f: &AuditFilter,
    from: Option<Ts>,
    to: Option<Ts>,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditRow>, DbErr> {
    let mut sql = String::from(
        "SELECT a.id, a.at, a.actor_id, u.email AS actor_email, u.display_name AS actor_name, a.action, a.object_type, a.object_id,
         a.before_json, a.after_json FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1",
    );
    let mut vals = Vec::new();
    // The person picker sends an account's id, or "system" for jobs and the command line.
    match f.actor.trim() {
        "" => {}
        "system" => sql.push_str(" AND a.actor_id IS NULL"),
        actor => {
            sql.push_str(" AND a.actor_id = ?");
            vals.push(actor.parse::<i64>().unwrap_or(-1).into());
        }
    }
    if !f.action.trim().is_empty() {
        sql.push_str(" AND a.action = ?");
        vals.push(f.action.trim().to_string().into());
    }
    if !f.object_type.trim().is_empty() {
        sql.push_str(" AND a.object_type = ?");
        vals.push(f.object_type.trim().to_string().into());
    }
    if !f.object_id.trim().is_empty() {
        sql.push_str(" AND a.object_id = ?");
        vals.push(f.object_id.trim().to_string().into());
    }
    if let Some(from) = from {
        sql.push_str(" AND a.at >= ?");
        vals.push(from.into());
    }
    if let Some(to) = to {
        sql.push_str(" AND a.at < ?");
        vals.push(to.into());
    }
    sql.push_str(" ORDER BY a.id DESC LIMIT ? OFFSET ?");
    vals.push(limit.into());
    vals.push(offset.into());
    all(c, &sql, vals).await
}

// ---------------------------------------------------------------- API tokens

#[derive(Debug, Clone, FromQueryResult)]
pub struct ApiTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub prefix: String,
    pub scope: String,
    pub created_at: Ts,
    pub last_used_at: Option<Ts>,
    pub revoked_at: Option<Ts>,
    /// Made by a session that had passed the second factor: the token carries that power.
    pub second_factor_at: Option<Ts>,
    pub expires_at: Option<Ts>,
}

const TOKEN_COLUMNS: &str =
    "id, user_id, name, prefix, scope, created_at, last_used_at, revoked_at, second_factor_at, expires_at";

pub struct NewApiToken<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub hash: &'a str,
    pub prefix: &'a str,
    pub scope: &'a str,
    pub second_factor: bool,
    pub expires_at: Option<Ts>,
}

pub async fn create_api_token(c: &impl ConnectionTrait, t: NewApiToken<'_>, now: Ts) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO api_tokens (user_id, name, token_hash, prefix, scope, created_at, second_factor_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values![
            t.user_id,
            t.name,
            t.hash,
            t.prefix,
            t.scope,
            now,
            t.second_factor.then_some(now),
            t.expires_at
        ],
    )
    .await
}

/// Revokes every token of a person still in force (after a password reset or change, or a
/// change of second factor); returns how many.
pub async fn revoke_api_tokens(c: &impl ConnectionTrait, user_id: i64, now: Ts) -> Result<u64, DbErr> {
    exec(
        c,
        "UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
        values![now, user_id],
    )
    .await
}

pub async fn list_api_tokens(c: &impl ConnectionTrait, user_id: i64) -> Result<Vec<ApiTokenRow>, DbErr> {
    all(
        c,
        &format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE user_id = ? ORDER BY id DESC"),
        values![user_id],
    )
    .await
}

pub async fn find_api_token(c: &impl ConnectionTrait, hash: &str) -> Result<Option<ApiTokenRow>, DbErr> {
    one(c, &format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ?"), values![hash]).await
}

pub async fn touch_api_token(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<(), DbErr> {
    exec(c, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", values![now, id]).await?;
    Ok(())
}

pub async fn revoke_api_token(
    c: &impl ConnectionTrait,
    id: i64,
    user_id: i64,
    now: Ts,
) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
        values![now, id, user_id],
    )
    .await?
        == 1)
}

// ---------------------------------------------------------------- rate limits

/// Counts one attempt in the current window and returns the attempts so far.
pub async fn rate_hit(
    c: &impl ConnectionTrait,
    bucket: &str,
    key: &str,
    window_start: i64,
) -> Result<i64, DbErr> {
    Ok(scalar::<i32>(
        c,
        "INSERT INTO rate_limits (bucket, client_key, window_start, hits) VALUES (?, ?, ?, 1)
         ON CONFLICT (bucket, client_key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING hits",
        values![bucket, key, window_start],
    )
    .await?
    .map(i64::from)
    .unwrap_or(1))
}

pub async fn rate_prune(c: &impl ConnectionTrait, before: i64) -> Result<(), DbErr> {
    exec(c, "DELETE FROM rate_limits WHERE window_start < ?", values![before]).await?;
    Ok(())
}

// ---------------------------------------------------------------- outbox

#[derive(Debug, Clone, FromQueryResult)]
pub struct MailRow {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    #[cfg_attr(not(feature = "testing"), allow(dead_code))]
    pub lang: String,
    pub status: String,
    pub attempts: i32,
    #[cfg_attr(not(feature = "testing"), allow(dead_code))]
    pub next_attempt_at: Ts,
    pub last_error: Option<String>,
    pub created_at: Ts,
}

const MAIL_COLUMNS: &str =
    "id, to_addr, subject, body_text, lang, status, attempts, next_attempt_at, last_error, created_at";

pub async fn enqueue_mail(
    c: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body: &str,
    lang: &str,
    now: Ts,
) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO outbox (to_addr, subject, body_text, lang, status, attempts, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, 'pending', 0, ?, ?) RETURNING id",
        values![to, subject, body, lang, now, now],
    )
    .await
}

/// Messages due now, including ones whose sender's lease ran out (a crashed worker).
pub async fn due_mail(c: &impl ConnectionTrait, now: Ts, limit: i64) -> Result<Vec<MailRow>, DbErr> {
    all(
        c,
        &format!(
            "SELECT {MAIL_COLUMNS} FROM outbox WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?
             ORDER BY id LIMIT ?"
        ),
        values![now, limit],
    )
    .await
}

/// Takes a message for sending until `lease_until`; false if another worker took it.
pub async fn claim_mail(c: &impl ConnectionTrait, id: i64, now: Ts, lease_until: Ts) -> Result<bool, DbErr> {
    Ok(exec(
        c,
        "UPDATE outbox SET status = 'sending', next_attempt_at = ? WHERE id = ?
         AND status IN ('pending', 'sending') AND next_attempt_at <= ?",
        values![lease_until, id, now],
    )
    .await?
        == 1)
}

pub async fn mail_sent(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<(), DbErr> {
    exec(
        c,
        "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
        values![now, id],
    )
    .await?;
    Ok(())
}

pub async fn mail_failed(
    c: &impl ConnectionTrait,
    id: i64,
    error: &str,
    retry_at: Option<Ts>,
) -> Result<(), DbErr> {
    match retry_at {
        Some(at) => exec(
            c,
            "UPDATE outbox SET status = 'pending', attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
            values![error, at, id],
        )
        .await?,
        None => exec(
            c,
            "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
            values![error, id],
        )
        .await?,
    };
    Ok(())
}

pub async fn list_mail(
    c: &impl ConnectionTrait,
    to: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<MailRow>, DbErr> {
    all(
        c,
        &format!(
            "SELECT {MAIL_COLUMNS} FROM outbox WHERE LOWER(to_addr) LIKE ? ORDER BY id DESC LIMIT ? OFFSET ?"
        ),
        values![format!("%{}%", to.trim().to_lowercase()), limit, offset],
    )
    .await
}

pub async fn find_mail(c: &impl ConnectionTrait, id: i64) -> Result<Option<MailRow>, DbErr> {
    one(c, &format!("SELECT {MAIL_COLUMNS} FROM outbox WHERE id = ?"), values![id]).await
}

// ---------------------------------------------------------------- notifications

pub async fn add_notification(
    c: &impl ConnectionTrait,
    user_id: i64,
    text: &str,
    link: &str,
    now: Ts,
) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO notifications (user_id, at, text, link) VALUES (?, ?, ?, ?)",
        values![user_id, now, text, link],
    )
    .await?;
    Ok(())
}

pub async fn unread_notifications(c: &impl ConnectionTrait, user_id: i64) -> Result<i64, DbErr> {
    Ok(scalar(
        c,
        "SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
        values![user_id],
    )
    .await?
    .unwrap_or(0))
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct NotificationRow {
    pub at: Ts,
    pub text: String,
    pub link: String,
    pub read_at: Option<Ts>,
}

pub async fn notifications(
    c: &impl ConnectionTrait,
    user_id: i64,
    limit: i64,
) -> Result<Vec<NotificationRow>, DbErr> {
    all(
        c,
        "SELECT at, text, link, read_at FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?",
        values![user_id, limit],
    )
    .await
}

pub async fn mark_notifications_read(c: &impl ConnectionTrait, user_id: i64, now: Ts) -> Result<u64, DbErr> {
    exec(
        c,
        "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
        values![now, user_id],
    )
    .await
}

// ---------------------------------------------------------------- names and settings

#[derive(Debug, Clone, FromQueryResult)]
pub struct NameRow {
    pub id: i64,
    pub display_name: String,
}

/// Display names of the accounts among `ids`, in one query.
pub async fn display_names(c: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<NameRow>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    all(
        c,
        &format!("SELECT id, display_name FROM users WHERE id IN ({})", vec!["?"; ids.len()].join(", ")),
        ids.iter().map(|id| sea_orm::Value::from(*id)).collect(),
    )
    .await
}

pub async fn setting(c: &impl ConnectionTrait, key: &str) -> Result<Option<String>, DbErr> {
    scalar::<String>(c, "SELECT value FROM settings WHERE key = ?", values![key]).await
}

pub async fn set_setting(c: &impl ConnectionTrait, key: &str, value: &str) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        values![key, value],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, FromQueryResult)]
pub struct AuditActor {
    pub id: i64,
    pub display_name: String,
    pub email: String,
}

/// Everyone who has acted in the audit log, by name, for the log's person picker.
pub async fn audit_actors(c: &impl ConnectionTrait) -> Result<Vec<AuditActor>, DbErr> {
    all(
        c,
        "SELECT u.id, u.display_name, u.email FROM users u
         WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.actor_id = u.id) ORDER BY u.display_name, u.id LIMIT 2000",
        vec![],
    )
    .await
}

#[derive(Debug, Clone, FromQueryResult)]
struct Code {
    code: String,
}

/// The actions and the object types the audit log holds, for its pickers.
pub async fn audit_codes(c: &impl ConnectionTrait) -> Result<(Vec<String>, Vec<String>), DbErr> {
    let actions: Vec<Code> =
        all(c, "SELECT DISTINCT action AS code FROM audit_log ORDER BY code", vec![]).await?;
    let types: Vec<Code> =
        all(c, "SELECT DISTINCT object_type AS code FROM audit_log ORDER BY code", vec![]).await?;
    Ok((actions.into_iter().map(|r| r.code).collect(), types.into_iter().map(|r| r.code).collect()))
}
