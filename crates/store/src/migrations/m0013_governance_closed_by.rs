//! Who closed a proposal before its closing time (owned by `governance`): empty when the
//! closing job closed it at its time.

pub const SQL: &str = r#"
ALTER TABLE proposals ADD COLUMN closed_by BIGINT REFERENCES users(id);
"#;
