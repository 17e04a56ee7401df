//! The zone a person reads times in (owned by `accounts`): empty until they choose one, when
//! times follow their role's country.

pub const SQL: &str = r#"
ALTER TABLE users ADD COLUMN time_zone TEXT;
"#;
