//! Reference data, accounts, sessions, grants, audit log, API tokens, rate limits, outbox.

pub const SQL: &str = r#"
CREATE TABLE ref_network (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL,
    short_name TEXT NOT NULL
);
CREATE TABLE ref_subregions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL,
    coordinator TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE ref_countries (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL,
    subregion_code TEXT NOT NULL REFERENCES ref_subregions(code),
    territories TEXT NOT NULL,
    target_min INTEGER NOT NULL,
    target_max INTEGER NOT NULL,
    may_exceed_target BOOLEAN NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE ref_sdgs (
    number INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    short_title TEXT NOT NULL,
    i18n TEXT NOT NULL,
    colour TEXT NOT NULL
);
CREATE TABLE ref_sse_dimensions (
    number INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL
);
CREATE TABLE ref_constituencies (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE users (
    id {id},
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    display_name TEXT NOT NULL,
    lang TEXT NOT NULL,
    email_verified_at {ts},
    totp_secret TEXT,
    totp_enabled_at {ts},
    totp_last_step BIGINT,
    disabled_at {ts},
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE TABLE sessions (
    id {id},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    user_agent TEXT NOT NULL,
    client_ip TEXT NOT NULL,
    created_at {ts} NOT NULL,
    last_seen_at {ts} NOT NULL,
    expires_at {ts} NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE one_time_tokens (
    id {id},
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    payload TEXT,
    created_at {ts} NOT NULL,
    expires_at {ts} NOT NULL,
    used_at {ts}
);
CREATE INDEX one_time_tokens_user ON one_time_tokens(user_id, purpose);
CREATE TABLE recovery_codes (
    id {id},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at {ts}
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);
CREATE TABLE role_grants (
    id {id},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    scope_kind TEXT NOT NULL,
    scope_ref TEXT NOT NULL,
    granted_by BIGINT REFERENCES users(id),
    granted_at {ts} NOT NULL,
    revoked_by BIGINT REFERENCES users(id),
    revoked_at {ts}
);
CREATE INDEX role_grants_user ON role_grants(user_id);
CREATE TABLE audit_log (
    id {id},
    at {ts} NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
CREATE TABLE api_tokens (
    id {id},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    scope TEXT NOT NULL,
    created_at {ts} NOT NULL,
    last_used_at {ts},
    revoked_at {ts}
);
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    client_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, client_key, window_start)
);
CREATE TABLE outbox (
    id {id},
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    lang TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at {ts} NOT NULL,
    last_error TEXT,
    created_at {ts} NOT NULL,
    sent_at {ts}
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE TABLE notifications (
    id {id},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    at {ts} NOT NULL,
    text TEXT NOT NULL,
    link TEXT NOT NULL,
    read_at {ts}
);
CREATE INDEX notifications_user ON notifications(user_id, read_at);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
"#;
