//! The rules of a case study, pure: what its template must hold before it is submitted, and
//! which step of the workflow may follow which.

use kernel::ReferenceData;
use serde::Deserialize;

/// Where a case study is in its workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Being written by its organisation (also after the focal point returned it).
    Draft,
    /// Waiting for the country's focal point.
    Submitted,
    /// Approved by the focal point, waiting for management to publish it.
    Approved,
    Published,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Draft, Status::Submitted, Status::Approved, Status::Published];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Approved => "approved",
            Status::Published => "published",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Its organisation edits it only while it is a draft.
    pub fn editable(self) -> bool {
        self == Status::Draft
    }

    /// Submitting sends a draft to the focal point.
    pub fn submit(self) -> Option<Status> {
        (self == Status::Draft).then_some(Status::Submitted)
    }

    /// The focal point's review of a submitted case study: approved, or back to a draft.
    pub fn review(self, approve: bool) -> Option<Status> {
        match (self, approve) {
            (Status::Submitted, true) => Some(Status::Approved),
            (Status::Submitted, false) => Some(Status::Draft),
            _ => None,
        }
    }

    /// Management publishes an approved case study only.
    pub fn publish(self) -> Option<Status> {
        (self == Status::Approved).then_some(Status::Published)
    }
}

/// The longest title, and the longest of any text section.
pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 20_000;

/// One outcome line as typed: a figure, its unit, its year, what it counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct OutcomeForm {
    pub label: String,
    pub figure: String,
    pub unit: String,
    pub year: String,
}

/// A case study's template as typed; `dimensions` holds one (rating, evidence) per SSE
/// dimension, in the reference data's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseStudyForm {
    pub title: String,
    pub summary: String,
    pub context: String,
    pub initiative: String,
    pub dimensions: Vec<(String, String)>,
    /// SDG numbers as typed or ticked.
    pub sdgs: Vec<String>,
    pub outcomes: Vec<OutcomeForm>,
    pub challenges: String,
    pub lessons: String,
}

/// What is wrong with a field: the field's name (as the form names it) and the message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub key: &'static str,
}

fn problem(field: impl Into<String>, key: &'static str) -> Problem {
    Problem { field: field.into(), key }
}

/// A checked outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub label: String,
    pub figure: f64,
    pub unit: String,
    pub year: i32,
}

/// A checked case study, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseStudy {
    pub title: String,
    pub summary: String,
    pub context: String,
    pub initiative: String,
    /// (dimension number, self-rating 1–5, evidence), one per dimension.
    pub dimensions: Vec<(u8, u8, String)>,
    pub sdgs: Vec<u8>,
    pub outcomes: Vec<Outcome>,
    pub challenges: String,
    pub lessons: String,
}

fn text(out: &mut Vec<Problem>, field: &str, value: &str, max: usize, required: bool) -> String {
    let v = value.trim();
    if required && v.is_empty() {
        out.push(problem(field, "error-required"));
    } else if v.chars().count() > max {
        out.push(problem(field, "error-too-long"));
    }
    v.to_string()
}

/// Checks a case study against the template: every SSE dimension has a self-rating from 1 to
/// 5 and evidence; every SDG exists; every outcome's figure is a number with a unit and a
/// plausible year; the title, summary and initiative are there. All problems at once.
pub fn check_case_study(f: &CaseStudyForm, reference: &ReferenceData) -> Result<CaseStudy, Vec<Problem>> {
    let mut out = Vec::new();
    let title = text(&mut out, "title", &f.title, MAX_TITLE, true);
    let summary = text(&mut out, "summary", &f.summary, MAX_TEXT, true);
    let context = text(&mut out, "context", &f.context, MAX_TEXT, false);
    let initiative = text(&mut out, "initiative", &f.initiative, MAX_TEXT, true);
    let challenges = text(&mut out, "challenges", &f.challenges, MAX_TEXT, false);
    let lessons = text(&mut out, "lessons", &f.lessons, MAX_TEXT, false);

    let mut dimensions = Vec::new();
    for (i, d) in reference.dimensions.iter().enumerate() {
        let (rating, evidence) = f.dimensions.get(i).cloned().unwrap_or_default();
        let rating_field = format!("rating_{}", d.number);
        let evidence_field = format!("evidence_{}", d.number);
        let rating = match rating.trim().parse::<u8>() {
            Ok(r) if (1..=5).contains(&r) => r,
            _ if rating.trim().is_empty() => {
                out.push(problem(rating_field, "knowledge-error-dimension-missing"));
                0
            }
            _ => {
                out.push(problem(rating_field, "knowledge-error-rating"));
                0
            }
        };
        let evidence_text = evidence.trim();
        if evidence_text.is_empty() {
            out.push(problem(evidence_field, "knowledge-error-dimension-missing"));
        } else if evidence_text.chars().count() > MAX_TEXT {
            out.push(problem(evidence_field, "error-too-long"));
        }
        dimensions.push((d.number, rating, evidence_text.to_string()));
    }

    let mut sdgs = Vec::new();
    for raw in f.sdgs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        match raw.parse::<u8>().ok().filter(|n| reference.sdg(*n).is_some()) {
            Some(n) if !sdgs.contains(&n) => sdgs.push(n),
            Some(_) => {}
            None => out.push(problem("sdgs", "knowledge-error-sdg")),
        }
    }
    sdgs.sort_unstable();

    let mut outcomes = Vec::new();
    for (i, o) in f.outcomes.iter().enumerate() {
        let n = i + 1;
        let blank = [&o.label, &o.figure, &o.unit, &o.year].iter().all(|s| s.trim().is_empty());
        if blank {
            continue;
        }
        let label = o.label.trim();
        if label.is_empty() {
            out.push(problem(format!("outcome_label_{n}"), "error-required"));
        }
        let figure = o.figure.trim().parse::<f64>().ok().filter(|x| x.is_finite() && *x >= 0.0);
        if figure.is_none() {
            out.push(problem(format!("outcome_figure_{n}"), "knowledge-error-figure"));
        }
        let unit = o.unit.trim();
        if unit.is_empty() {
            out.push(problem(format!("outcome_unit_{n}"), "knowledge-error-unit"));
        }
        let year = o.year.trim().parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
        if year.is_none() {
            out.push(problem(format!("outcome_year_{n}"), "knowledge-error-year"));
        }
        if let (Some(figure), Some(year)) = (figure, year) {
            outcomes.push(Outcome { label: label.into(), figure, unit: unit.into(), year });
        }
    }

    if !out.is_empty() {
        return Err(out);
    }
    Ok(CaseStudy { title, summary, context, initiative, dimensions, sdgs, outcomes, challenges, lessons })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> ReferenceData {
        store::reference::load_embedded().unwrap()
    }

    fn complete() -> CaseStudyForm {
        CaseStudyForm {
            title: "  Rice bank of Yasothon ".into(),
            summary: "ธนาคารข้าว run by the village".into(),
            context: String::new(),
            initiative: "A community rice bank".into(),
            dimensions: (1..=5).map(|n| (n.to_string(), format!("evidence {n}"))).collect(),
            sdgs: vec!["2".into(), " 1".into(), "2".into(), "".into()],
            outcomes: vec![
                OutcomeForm {
                    label: "Families".into(),
                    figure: "120".into(),
                    unit: "households".into(),
                    year: "2024".into(),
                },
                OutcomeForm::default(),
            ],
            challenges: String::new(),
            lessons: "Start small".into(),
        }
    }

    fn fields(f: &CaseStudyForm) -> Vec<(String, &'static str)> {
        check_case_study(f, &reference()).unwrap_err().into_iter().map(|p| (p.field, p.key)).collect()
    }

    #[test]
    fn a_complete_case_study_passes_trimmed_with_its_sdgs_once_in_order() {
        let c = check_case_study(&complete(), &reference()).unwrap();
        assert_eq!(c.title, "Rice bank of Yasothon");
        assert_eq!(c.sdgs, [1, 2]);
        assert_eq!(c.dimensions.len(), 5);
        assert_eq!(c.dimensions[0], (1, 1, "evidence 1".into()));
        assert_eq!(c.dimensions[4], (5, 5, "evidence 5".into()));
        assert_eq!(
            c.outcomes,
            [Outcome { label: "Families".into(), figure: 120.0, unit: "households".into(), year: 2024 }]
        );
    }

    #[test]
    fn a_missing_dimension_section_is_refused_at_its_fields() {
        let mut f = complete();
        f.dimensions.truncate(4);
        assert_eq!(
            fields(&f),
            [
                ("rating_5".to_string(), "knowledge-error-dimension-missing"),
                ("evidence_5".to_string(), "knowledge-error-dimension-missing")
            ]
        );
        let mut f = complete();
        f.dimensions[2].1 = "   ".into();
        assert_eq!(fields(&f), [("evidence_3".to_string(), "knowledge-error-dimension-missing")]);
    }

    #[test]
    fn ratings_run_from_one_to_five() {
        for bad in ["0", "6", "x", "-1", "2.5"] {
            let mut f = complete();
            f.dimensions[1].0 = bad.into();
            assert_eq!(fields(&f), [("rating_2".to_string(), "knowledge-error-rating")], "{bad}");
        }
    }

    #[test]
    fn a_figure_without_a_unit_is_refused() {
        let mut f = complete();
        f.outcomes[0].unit = " ".into();
        assert_eq!(fields(&f), [("outcome_unit_1".to_string(), "knowledge-error-unit")]);
    }

    #[test]
    fn figures_are_numbers_from_zero_and_years_plausible() {
        let mut f = complete();
        f.outcomes[0].figure = "-3".into();
        f.outcomes[0].year = "1899".into();
        f.outcomes[0].label = "".into();
        assert_eq!(
            fields(&f),
            [
                ("outcome_label_1".to_string(), "error-required"),
                ("outcome_figure_1".to_string(), "knowledge-error-figure"),
                ("outcome_year_1".to_string(), "knowledge-error-year")
            ]
        );
        for (figure, year) in [("0", "1900"), ("2.5", "2100")] {
            let mut f = complete();
            f.outcomes[0].figure = figure.into();
            f.outcomes[0].year = year.into();
            assert!(check_case_study(&f, &reference()).is_ok(), "{figure} {year}");
        }
        for bad in ["NaN", "inf", "abc"] {
            let mut f = complete();
            f.outcomes[0].figure = bad.into();
            assert_eq!(fields(&f), [("outcome_figure_1".to_string(), "knowledge-error-figure")]);
        }
        let mut f = complete();
        f.outcomes[0].year = "2101".into();
        assert_eq!(fields(&f), [("outcome_year_1".to_string(), "knowledge-error-year")]);
    }

    #[test]
    fn an_unknown_sdg_is_refused() {
        for bad in ["18", "0", "goal"] {
            let mut f = complete();
            f.sdgs.push(bad.into());
            assert_eq!(fields(&f), [("sdgs".to_string(), "knowledge-error-sdg")], "{bad}");
        }
        let mut f = complete();
        f.sdgs = vec!["17".into()];
        assert_eq!(check_case_study(&f, &reference()).unwrap().sdgs, [17]);
    }

    #[test]
    fn title_summary_and_initiative_are_required_and_texts_bounded() {
        let mut f = complete();
        f.title = " ".into();
        f.summary = String::new();
        f.initiative = String::new();
        assert_eq!(
            fields(&f),
            [
                ("title".to_string(), "error-required"),
                ("summary".to_string(), "error-required"),
                ("initiative".to_string(), "error-required")
            ]
        );
        let mut f = complete();
        f.title = "t".repeat(MAX_TITLE);
        f.lessons = "l".repeat(MAX_TEXT);
        f.dimensions[0].1 = "e".repeat(MAX_TEXT);
        assert!(check_case_study(&f, &reference()).is_ok());
        f.title.push('t');
        f.lessons.push('l');
        f.context = "c".repeat(MAX_TEXT + 1);
        f.dimensions[0].1.push('e');
        assert_eq!(
            fields(&f),
            [
                ("title".to_string(), "error-too-long"),
                ("context".to_string(), "error-too-long"),
                ("lessons".to_string(), "error-too-long"),
                ("evidence_1".to_string(), "error-too-long")
            ]
        );
    }

    #[test]
    fn the_workflow_moves_one_step_at_a_time() {
        use Status::*;
        assert_eq!(Draft.submit(), Some(Submitted));
        assert_eq!(Submitted.review(true), Some(Approved));
        assert_eq!(Submitted.review(false), Some(Draft));
        assert_eq!(Approved.publish(), Some(Published));
        for s in [Submitted, Approved, Published] {
            assert_eq!(s.submit(), None);
            assert!(!s.editable());
        }
        assert!(Draft.editable());
        for s in [Draft, Approved, Published] {
            assert_eq!(s.review(true), None);
            assert_eq!(s.review(false), None);
        }
        for s in [Draft, Submitted, Published] {
            assert_eq!(s.publish(), None);
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("returned"), None);
    }
}
