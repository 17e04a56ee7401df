//! Importing members from a spreadsheet (CSV, UTF-8, the columns of the export): every row is
//! checked first, each problem reported with its row and column, and nothing is imported
//! unless every row is valid. Imported entities are active members, recorded as brought in by
//! the person importing.

use crate::domain::{self, ProfileForm, Status};
use crate::store;
use kernel::{EntityId, UserId};
use web::{AppError, AppState, Tr};

/// The columns an import file may have; `legal_name`, `kind` and `country` are required.
pub const COLUMNS: [&str; 28] = [
    "legal_name",
    "short_name",
    "kind",
    "country",
    "city",
    "latitude",
    "longitude",
    "registration_number",
    "registrar",
    "registration_year",
    "website",
    "members_total",
    "members_women",
    "beneficiaries_total",
    "beneficiaries_women",
    "description",
    "description_lang",
    "constituencies",
    "sdgs",
    "sectors",
    "languages",
    "commitment_1",
    "commitment_2",
    "commitment_3",
    "commitment_4",
    "commitment_5",
    "contact_name",
    "contact_email",
];

/// One problem: 1-based row (the header is row 1) and the column's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub column: String,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub rows: usize,
    pub problems: Vec<Problem>,
    /// Ids of the imported entities (empty on a dry run or when there are problems).
    pub imported: Vec<i64>,
}

/// A profile field's name as the import file calls it.
fn column_of(field: &str) -> String {
    match field {
        "constituency" => "constituencies".into(),
        "sdg" => "sdgs".into(),
        "sector" => "sectors".into(),
        "contact_name_1" => "contact_name".into(),
        "contact_email_1" => "contact_email".into(),
        other => other.into(),
    }
}

/// The profile form a row fills: the export's columns, lists separated by `;` (or `,`).
fn form_from(record: &csv::StringRecord, header: &[String]) -> ProfileForm {
    let mut f = ProfileForm::default();
    for (name, value) in header.iter().zip(record.iter()) {
        let value = value.trim().to_string();
        let list =
            || value.split([';', ',']).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect();
        match name.as_str() {
            "legal_name" => f.legal_name = value,
            "short_name" => f.short_name = value,
            "kind" => f.kind = value,
            "country" => f.country = value,
            "city" => f.city = value,
            "latitude" => f.latitude = value,
            "longitude" => f.longitude = value,
            "registration_number" => f.registration_number = value,
            "registrar" => f.registrar = value,
            "registration_year" => f.registration_year = value,
            "website" => f.website = value,
            "members_total" => f.members_total = value,
            "members_women" => f.members_women = value,
            "beneficiaries_total" => f.beneficiaries_total = value,
            "beneficiaries_women" => f.beneficiaries_women = value,
            "description" => f.description = value,
            "description_lang" => f.description_lang = value,
            "constituencies" => f.constituencies = list(),
            "sdgs" => f.sdgs = list(),
            "sectors" => f.sectors = list(),
            "languages" => f.languages = list(),
            "contact_name" => f.contacts[0][0] = value,
            "contact_email" => f.contacts[0][2] = value,
            other => {
                if let Some(n) = other.strip_prefix("commitment_").and_then(|n| n.parse::<usize>().ok())
                    && (1..=5).contains(&n)
                {
                    f.commitments[n - 1] = value;
                }
            }
        }
    }
    f
}

/// Checks every row and, when all are valid and this is not a dry run, imports them in one
/// transaction. `progress` is told after each row is checked and after each is saved.
pub async fn run(
    app: &AppState,
    actor: UserId,
    data: &[u8],
    dry_run: bool,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Report, AppError> {
    let tr = Tr::new("en");
    let mut report = Report::default();
    let data = data.strip_prefix("\u{feff}".as_bytes()).unwrap_or(data);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(data);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(e) => {
            report.problems.push(Problem {
                row: 1,
                column: String::new(),
                message: format!("not a CSV file: {e}"),
            });
            return Ok(report);
        }
    };
    for column in &header {
        if !COLUMNS.contains(&column.as_str())
            && !["id", "status", "network_country", "submitted_at", "activated_at"].contains(&column.as_str())
        {
            report.problems.push(Problem {
                row: 1,
                column: column.clone(),
                message: tr.t("import-unknown-column"),
            });
        }
    }
    for required in ["legal_name", "kind", "country"] {
        if !header.iter().any(|c| c == required) {
            report.problems.push(Problem {
                row: 1,
                column: required.into(),
                message: tr.t("import-missing-column"),
            });
        }
    }
    if !report.problems.is_empty() {
        return Ok(report);
    }
    let records: Vec<csv::StringRecord> = match reader.records().collect() {
        Ok(records) => records,
        Err(e) => {
            let row = e.position().map(|p| p.line() as usize).unwrap_or(0);
            report.problems.push(Problem { row, column: String::new(), message: format!("{e}") });
            return Ok(report);
        }
    };
    report.rows = records.len();
    let year = {
        use chrono::Datelike;
        app.now().year()
    };
    let mut profiles = Vec::with_capacity(records.len());
    let mut seen: Vec<(String, String)> = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let row = i + 2;
        let form = form_from(record, &header);
        match domain::check_profile(&form, &app.reference, year, true) {
            Ok(profile) => {
                let key = (profile.network_country.clone(), store::name_key(&profile.legal_name));
                if seen.contains(&key) {
                    report.problems.push(Problem {
                        row,
                        column: "legal_name".into(),
                        message: tr.t("import-duplicate-in-file"),
                    });
                } else if store::same_name(&app.db, &profile.network_country, &profile.legal_name, None)
                    .await?
                    .is_some()
                {
                    report.problems.push(Problem {
                        row,
                        column: "legal_name".into(),
                        message: tr.t("error-entity-duplicate"),
                    });
                }
                seen.push(key);
                profiles.push(profile);
            }
            Err(errors) => {
                for (field, key) in errors.0 {
                    report.problems.push(Problem { row, column: column_of(field), message: tr.t(key) });
                }
            }
        }
        progress(i + 1, records.len());
    }
    if dry_run || !report.problems.is_empty() {
        return Ok(report);
    }
    let w = accounts::Write::begin(app, Some(actor)).await?;
    let now = app.now();
    for (i, profile) in profiles.iter().enumerate() {
        let id = store::create_entity(w.tx(), profile, actor.0, now).await?;
        store::set_status(w.tx(), id, 1, Status::Draft, Status::Active, "", now).await?;
        store::record_event(w.tx(), id, Some(actor.0), "import", Status::Draft, Status::Active, "", now)
            .await?;
        crate::index::reindex(w.tx(), id).await?;
        w.audit("entity.import", "entity", EntityId(id), None, Some(crate::service::profile_json(profile)))
            .await?;
        report.imported.push(id);
        progress(i + 1, profiles.len());
    }
    w.commit().await?;
    Ok(report)
}
