//! Security (owned by `accounts`): a session remembers whether its sign-in passed the second
//! factor (privileged grants count only then), and an API token whether the session that made
//! it had; API tokens may expire.

pub const SQL: &str = r#"
ALTER TABLE sessions ADD COLUMN second_factor_at {ts};
ALTER TABLE api_tokens ADD COLUMN second_factor_at {ts};
ALTER TABLE api_tokens ADD COLUMN expires_at {ts};
"#;
