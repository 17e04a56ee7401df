//! Management's countersignature of an accepted MOU (owned by `membership`): who signed for
//! ASEC and when; both empty until then, and never cleared, as a countersignature is final.

pub const SQL: &str = r#"
ALTER TABLE mou_acceptances ADD COLUMN countersigned_by BIGINT REFERENCES users(id);
ALTER TABLE mou_acceptances ADD COLUMN countersigned_at {ts};
"#;
