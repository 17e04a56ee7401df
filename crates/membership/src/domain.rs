//! The admission and membership rules, pure: which step may follow which, who acts next, and
//! what an application must hold before it is submitted.

use kernel::validate::{count, micro_degrees, too_long, web_address};
use serde::{Deserialize, Serialize};

/// Where an entity stands with the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Saved by the applicant, not yet submitted.
    Draft,
    /// Submitted; a focal point of the country endorses it.
    AwaitingEndorsement,
    /// Returned to the applicant with questions.
    SentBack,
    /// Endorsed (or the country has no focal point): ASEC management decides.
    AwaitingApproval,
    /// Approved: the representative accepts the MOU on the SSE Development Roadmap.
    AwaitingMou,
    Active,
    Suspended,
    Withdrawn,
    /// The yearly renewal was missed beyond the grace period.
    Lapsed,
    Declined,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Status::Draft,
        Status::AwaitingEndorsement,
        Status::SentBack,
        Status::AwaitingApproval,
        Status::AwaitingMou,
        Status::Active,
        Status::Suspended,
        Status::Withdrawn,
        Status::Lapsed,
        Status::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::AwaitingEndorsement => "awaiting_endorsement",
            Status::SentBack => "sent_back",
            Status::AwaitingApproval => "awaiting_approval",
            Status::AwaitingMou => "awaiting_mou",
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Withdrawn => "withdrawn",
            Status::Lapsed => "lapsed",
            Status::Declined => "declined",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Fluent key of the status's name.
    pub fn label_key(self) -> String {
        format!("status-{}", self.as_str().replace('_', "-"))
    }

    /// Still on the way to membership: the pipeline shows these.
    pub fn in_pipeline(self) -> bool {
        matches!(
            self,
            Status::AwaitingEndorsement | Status::SentBack | Status::AwaitingApproval | Status::AwaitingMou
        )
    }

    /// The applicant may still change the profile as part of the application.
    pub fn editable_by_applicant(self) -> bool {
        matches!(self, Status::Draft | Status::SentBack)
    }

    /// A member bound by the MOU it accepted: management countersigns it, and it waits for
    /// that until then. A withdrawn member's MOU is no longer countersigned.
    pub fn bound_by_mou(self) -> bool {
        matches!(self, Status::Active | Status::Suspended | Status::Lapsed)
    }
}

/// What someone does to an entity's membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Submit,
    Endorse,
    SendBack,
    Decline,
    Approve,
    AcceptMou,
    Suspend,
    Reinstate,
    Withdraw,
    Lapse,
    Renew,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Endorse => "endorse",
            Step::SendBack => "send_back",
            Step::Decline => "decline",
            Step::Approve => "approve",
            Step::AcceptMou => "accept_mou",
            Step::Suspend => "suspend",
            Step::Reinstate => "reinstate",
            Step::Withdraw => "withdraw",
            Step::Lapse => "lapse",
            Step::Renew => "renew",
        }
    }

    /// Steps that must say why (the applicant or the entity reads it).
    pub fn needs_reason(self) -> bool {
        matches!(self, Step::SendBack | Step::Decline | Step::Suspend | Step::Withdraw)
    }

    /// A step no other step undoes (a declined application or a withdrawn membership stays
    /// so), which the person confirms first.
    pub fn is_final(self) -> bool {
        matches!(self, Step::Decline | Step::Withdraw)
    }
}

/// Why a step cannot be taken now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The step does not apply to the entity's current status (perhaps someone acted first).
    NotNow { status: Status, step: Step },
    /// The step needs a reason and none was given.
    ReasonRequired,
}

/// The status after `step`, or why not. `country_has_focal_point` decides where a submitted
/// application goes: to the country's focal points, or straight to management.
pub fn next_status(
    current: Status,
    step: Step,
    country_has_focal_point: bool,
    reason: &str,
) -> Result<Status, Refusal> {
    use Status::*;
    if step.needs_reason() && reason.trim().is_empty() {
        return Err(Refusal::ReasonRequired);
    }
    let next = match (current, step) {
        (Draft | SentBack, Step::Submit) => {
            if country_has_focal_point {
                AwaitingEndorsement
            } else {
                AwaitingApproval
            }
        }
        (AwaitingEndorsement, Step::Endorse) => AwaitingApproval,
        (AwaitingEndorsement | AwaitingApproval, Step::SendBack) => SentBack,
        (AwaitingEndorsement | AwaitingApproval, Step::Decline) => Declined,
        (AwaitingApproval, Step::Approve) => AwaitingMou,
        (AwaitingMou, Step::AcceptMou) => Active,
        (Active, Step::Suspend) => Suspended,
        (Suspended, Step::Reinstate) => Active,
        (Active | Suspended | Lapsed, Step::Withdraw) => Withdrawn,
        (Active, Step::Lapse) => Lapsed,
        (Active | Lapsed, Step::Renew) => Active,
        (status, step) => return Err(Refusal::NotNow { status, step }),
    };
    Ok(next)
}

/// Who may take a step, in the kernel's terms. `Submit`, `AcceptMou` and `Renew` belong to the
/// entity's own people (the applicant or a representative), checked by the caller.
pub fn action_for(step: Step, current: Status) -> Option<kernel::Action> {
    use kernel::Action;
    match step {
        Step::Endorse => Some(Action::EndorseApplication),
        Step::SendBack | Step::Decline if current == Status::AwaitingEndorsement => {
            Some(Action::EndorseApplication)
        }
        Step::SendBack | Step::Decline | Step::Approve | Step::Suspend | Step::Reinstate => {
            Some(Action::ApproveMembership)
        }
        Step::Withdraw => Some(Action::ApproveMembership),
        // Confirming the profile is current is the entity's own people's (or management's) act.
        Step::Renew => Some(Action::EditEntityProfile),
        Step::Submit | Step::AcceptMou | Step::Lapse => None,
    }
}

/// A membership is confirmed once a year: a reminder goes out a month before, and it lapses
/// when two months of grace have passed without renewal.
pub const RENEWAL_EVERY_DAYS: i64 = 365;
pub const RENEWAL_REMINDER_DAYS_BEFORE: i64 = 30;
pub const RENEWAL_GRACE_DAYS: i64 = 60;

/// Renewals older than this are due for a reminder.
pub fn remind_if_renewed_before(now: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    now - chrono::Duration::days(RENEWAL_EVERY_DAYS - RENEWAL_REMINDER_DAYS_BEFORE)
}

/// Renewals older than this have lapsed.
pub fn lapse_if_renewed_before(now: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    now - chrono::Duration::days(RENEWAL_EVERY_DAYS + RENEWAL_GRACE_DAYS)
}

/// The largest logo accepted.
pub const LOGO_MAX_BYTES: usize = 1024 * 1024;

/// How a country network stands against its target number of partner entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetState {
    Below {
        missing: u32,
    },
    Within,
    /// Above the target; fine for large countries (India, China).
    Above {
        may_exceed: bool,
    },
}

pub fn target_state(active: u32, min: u32, max: u32, may_exceed: bool) -> TargetState {
    if active < min {
        TargetState::Below { missing: min - active }
    } else if active <= max {
        TargetState::Within
    } else {
        TargetState::Above { may_exceed }
    }
}

#[cfg(test)]
mod tests {
    use super::Status::*;
    use super::*;

    const STEPS: [Step; 11] = [
        Step::Submit,
        Step::Endorse,
        Step::SendBack,
        Step::Decline,
        Step::Approve,
        Step::AcceptMou,
        Step::Suspend,
        Step::Reinstate,
        Step::Withdraw,
        Step::Lapse,
        Step::Renew,
    ];

    /// Every allowed transition, with a focal point in the country.
    const ALLOWED: [(Status, Step, Status); 17] = [
        (Draft, Step::Submit, AwaitingEndorsement),
        (SentBack, Step::Submit, AwaitingEndorsement),
        (AwaitingEndorsement, Step::Endorse, AwaitingApproval),
        (AwaitingEndorsement, Step::SendBack, SentBack),
        (AwaitingApproval, Step::SendBack, SentBack),
        (AwaitingEndorsement, Step::Decline, Declined),
        (AwaitingApproval, Step::Decline, Declined),
        (AwaitingApproval, Step::Approve, AwaitingMou),
        (AwaitingMou, Step::AcceptMou, Active),
        (Active, Step::Suspend, Suspended),
        (Suspended, Step::Reinstate, Active),
        (Active, Step::Withdraw, Withdrawn),
        (Suspended, Step::Withdraw, Withdrawn),
        (Lapsed, Step::Withdraw, Withdrawn),
        (Active, Step::Lapse, Lapsed),
        (Active, Step::Renew, Active),
        (Lapsed, Step::Renew, Active),
    ];

    #[test]
    fn every_transition_is_either_allowed_or_refused() {
        for status in Status::ALL {
            for step in STEPS {
                let expected =
                    ALLOWED.iter().find(|(s, st, _)| *s == status && *st == step).map(|(_, _, to)| *to);
                let got = next_status(status, step, true, "a reason");
                match expected {
                    Some(to) => assert_eq!(got, Ok(to), "{status:?} --{step:?}-->"),
                    None => assert_eq!(
                        got,
                        Err(Refusal::NotNow { status, step }),
                        "{status:?} --{step:?}--> refused"
                    ),
                }
            }
        }
    }

    #[test]
    fn without_a_focal_point_a_submission_goes_straight_to_management() {
        assert_eq!(next_status(Draft, Step::Submit, false, ""), Ok(AwaitingApproval));
        assert_eq!(next_status(SentBack, Step::Submit, false, ""), Ok(AwaitingApproval));
    }

    #[test]
    fn only_declining_and_withdrawing_are_final_and_nothing_leaves_where_they_lead() {
        let finals: Vec<Step> = STEPS.into_iter().filter(|s| s.is_final()).collect();
        assert_eq!(finals, [Step::Decline, Step::Withdraw]);
        for end in [Declined, Withdrawn] {
            for step in STEPS {
                assert!(next_status(end, step, true, "a reason").is_err(), "{end:?} stays after {step:?}");
            }
        }
    }

    #[test]
    fn sending_back_declining_suspending_and_withdrawing_need_a_reason() {
        for step in [Step::SendBack, Step::Decline, Step::Suspend, Step::Withdraw] {
            assert!(step.needs_reason());
            assert_eq!(next_status(AwaitingApproval, step, true, "  "), Err(Refusal::ReasonRequired));
        }
        assert_eq!(next_status(AwaitingApproval, Step::Approve, true, ""), Ok(AwaitingMou));
    }

    #[test]
    fn focal_points_act_only_at_endorsement_and_management_after() {
        use kernel::Action;
        assert_eq!(action_for(Step::Endorse, AwaitingEndorsement), Some(Action::EndorseApplication));
        assert_eq!(action_for(Step::SendBack, AwaitingEndorsement), Some(Action::EndorseApplication));
        assert_eq!(action_for(Step::SendBack, AwaitingApproval), Some(Action::ApproveMembership));
        assert_eq!(action_for(Step::Decline, AwaitingApproval), Some(Action::ApproveMembership));
        assert_eq!(action_for(Step::Approve, AwaitingApproval), Some(Action::ApproveMembership));
        assert_eq!(action_for(Step::AcceptMou, AwaitingMou), None);
        assert_eq!(action_for(Step::Renew, Lapsed), Some(Action::EditEntityProfile));
        assert_eq!(action_for(Step::Lapse, Active), None, "only the renewal job lapses a membership");
    }

    #[test]
    fn statuses_round_trip_and_name_the_pipeline() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert!(AwaitingEndorsement.in_pipeline() && AwaitingMou.in_pipeline());
        assert!(!Active.in_pipeline() && !Draft.in_pipeline() && !Declined.in_pipeline());
    }

    #[test]
    fn renewal_reminders_come_before_the_lapse() {
        let now = chrono::Utc::now();
        assert!(lapse_if_renewed_before(now) < remind_if_renewed_before(now));
        assert_eq!((now - remind_if_renewed_before(now)).num_days(), 335);
        assert_eq!((now - lapse_if_renewed_before(now)).num_days(), 425);
    }

    #[test]
    fn a_logo_may_be_one_mebibyte() {
        assert_eq!(LOGO_MAX_BYTES, 1_048_576);
    }

    #[test]
    fn country_targets() {
        assert_eq!(target_state(3, 5, 10, false), TargetState::Below { missing: 2 });
        assert_eq!(target_state(4, 5, 10, false), TargetState::Below { missing: 1 });
        assert_eq!(target_state(0, 5, 10, false), TargetState::Below { missing: 5 });
        assert_eq!(target_state(5, 5, 10, false), TargetState::Within);
        assert_eq!(target_state(10, 5, 10, false), TargetState::Within);
        assert_eq!(target_state(11, 5, 10, false), TargetState::Above { may_exceed: false });
        assert_eq!(target_state(12, 5, 10, true), TargetState::Above { may_exceed: true });
    }

    #[test]
    fn only_a_draft_or_a_sent_back_application_is_the_applicant_s_to_edit() {
        for status in Status::ALL {
            assert_eq!(status.editable_by_applicant(), matches!(status, Draft | SentBack), "{status:?}");
            assert_eq!(
                status.in_pipeline(),
                matches!(status, AwaitingEndorsement | SentBack | AwaitingApproval | AwaitingMou),
                "{status:?}"
            );
        }
        assert_eq!(AwaitingEndorsement.label_key(), "status-awaiting-endorsement");
        for status in Status::ALL {
            assert_eq!(status.bound_by_mou(), matches!(status, Active | Suspended | Lapsed), "{status:?}");
        }
        assert_eq!(Status::parse("active "), None);
    }

    #[test]
    fn steps_have_names_and_four_need_a_reason() {
        let names = [
            "submit",
            "endorse",
            "send_back",
            "decline",
            "approve",
            "accept_mou",
            "suspend",
            "reinstate",
            "withdraw",
            "lapse",
            "renew",
        ];
        for (step, name) in STEPS.into_iter().zip(names) {
            assert_eq!(step.as_str(), name);
            assert_eq!(
                step.needs_reason(),
                matches!(step, Step::SendBack | Step::Decline | Step::Suspend | Step::Withdraw),
                "{name}"
            );
        }
    }

    #[test]
    fn a_step_without_a_reason_needs_none() {
        for (from, step, to) in ALLOWED {
            if !step.needs_reason() {
                assert_eq!(next_status(from, step, true, ""), Ok(to), "{from:?} --{step:?}-->");
            }
        }
        assert_eq!(
            next_status(Active, Step::Approve, true, ""),
            Err(Refusal::NotNow { status: Active, step: Step::Approve })
        );
    }

    #[test]
    fn every_step_names_who_takes_it() {
        use kernel::Action::*;
        for status in Status::ALL {
            for step in STEPS {
                let expected = match step {
                    Step::Endorse => Some(EndorseApplication),
                    Step::SendBack | Step::Decline if status == AwaitingEndorsement => {
                        Some(EndorseApplication)
                    }
                    Step::SendBack
                    | Step::Decline
                    | Step::Approve
                    | Step::Suspend
                    | Step::Reinstate
                    | Step::Withdraw => Some(ApproveMembership),
                    Step::Renew => Some(EditEntityProfile),
                    Step::Submit | Step::AcceptMou | Step::Lapse => None,
                };
                assert_eq!(action_for(step, status), expected, "{step:?} at {status:?}");
            }
        }
        assert_eq!(action_for(Step::Decline, AwaitingEndorsement), Some(EndorseApplication));
        assert_eq!(action_for(Step::Decline, AwaitingApproval), Some(ApproveMembership));
        assert_eq!(action_for(Step::Suspend, Active), Some(ApproveMembership));
        assert_eq!(action_for(Step::Reinstate, Suspended), Some(ApproveMembership));
        assert_eq!(action_for(Step::Withdraw, Active), Some(ApproveMembership));
        assert_eq!(action_for(Step::Submit, Draft), None);
    }
}

/// A contact person of an entity: private, seen only by its reviewers and representatives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

/// How many contacts, links and further descriptions a profile holds.
pub const MAX_CONTACTS: usize = 3;
pub const MAX_LINKS: usize = 3;
pub const MAX_OTHER_DESCRIPTIONS: usize = 2;

/// The longest text each field of the profile holds, in characters. The form states them and
/// gives them to the browser as `maxlength`, so the numbers live only here.
pub const LEGAL_NAME_MAX: usize = 200;
pub const SHORT_NAME_MAX: usize = 60;
pub const CITY_MAX: usize = 120;
/// The registration number and the registrar's name, each.
pub const REGISTRATION_MAX: usize = 120;
/// The website and each further link.
pub const WEB_ADDRESS_MAX: usize = kernel::validate::WEB_ADDRESS_MAX_CHARS;
/// The description, in its own language and in each further one.
pub const DESCRIPTION_MAX: usize = 5000;
/// Each dimension's statement.
pub const COMMITMENT_MAX: usize = 1000;
/// A contact's name and role, each.
pub const CONTACT_TEXT_MAX: usize = 120;
pub const PHONE_MAX: usize = 40;

/// The languages an organisation may say it works in, offered by name (the Fluent message
/// `language-name-{code}`), kept as ISO 639 codes. A well-formed code outside the list (typed
/// into an older draft, or imported) is still accepted and kept.
pub const WORKING_LANGUAGES: [&str; 47] = [
    "en", "id", "ms", "jv", "su", "fil", "ceb", "th", "vi", "km", "lo", "my", "tet", "zh", "ja", "ko", "mn",
    "hi", "bn", "ur", "ne", "si", "ta", "te", "ml", "kn", "mr", "gu", "pa", "or", "as", "dz", "dv", "ps",
    "fa", "uz", "kk", "ky", "tg", "tk", "ru", "ar", "fr", "es", "pt", "de", "nl",
];

/// A language code as the profile keeps it: two or three lower-case letters.
pub fn language_code(raw: &str) -> Option<String> {
    let code = raw.trim().to_ascii_lowercase();
    ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())).then_some(code)
}

/// An entity's profile, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub legal_name: String,
    pub short_name: String,
    pub kind: String,
    /// Where the entity is (may be a territory such as HK)…
    pub country_code: String,
    /// …and the country network it belongs to (CN for HK).
    pub network_country: String,
    pub city: String,
    pub latitude_e6: Option<i64>,
    pub longitude_e6: Option<i64>,
    pub registration_number: String,
    pub registrar: String,
    pub registration_year: Option<i32>,
    pub website: String,
    pub members_total: Option<i32>,
    pub members_women: Option<i32>,
    pub beneficiaries_total: Option<i32>,
    pub beneficiaries_women: Option<i32>,
    pub description: String,
    pub description_lang: String,
    pub constituencies: Vec<String>,
    pub sdgs: Vec<u8>,
    /// (dimension number, statement)
    pub commitments: Vec<(u8, String)>,
    /// Sector codes (ESSGlobal ICA activities).
    pub sectors: Vec<String>,
    /// Language codes the entity works in.
    pub languages: Vec<String>,
    /// Social media and other web links.
    pub links: Vec<String>,
    pub contacts: Vec<Contact>,
    /// The description in further languages: (language code, text).
    pub other_descriptions: Vec<(String, String)>,
}

/// The profile form as typed: every value a string. Its lists are repeated fields of the
/// form (`sdg`, `link`, `contact_name`…), read in order; more than a profile holds is refused.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(try_from = "ProfileFields")]
pub struct ProfileForm {
    pub legal_name: String,
    pub short_name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub latitude: String,
    pub longitude: String,
    pub registration_number: String,
    pub registrar: String,
    pub registration_year: String,
    pub website: String,
    pub members_total: String,
    pub members_women: String,
    pub beneficiaries_total: String,
    pub beneficiaries_women: String,
    pub description: String,
    pub description_lang: String,
    pub constituencies: Vec<String>,
    pub sdgs: Vec<String>,
    /// Statements for dimensions 1 to 5, in order.
    pub commitments: [String; 5],
    pub sectors: Vec<String>,
    /// Language codes as ticked (an older or imported value may hold several, separated by
    /// commas, semicolons or spaces).
    pub languages: Vec<String>,
    pub links: [String; MAX_LINKS],
    /// Name, role, email and phone of each contact.
    pub contacts: [[String; 4]; MAX_CONTACTS],
    /// (language code, text) of each further description.
    pub other_descriptions: [(String, String); MAX_OTHER_DESCRIPTIONS],
    pub not_duplicate: bool,
    /// The button pressed: `submit`, or saving a draft.
    pub submit: bool,
    /// The version the form was shown at.
    pub version: i32,
}

/// The fields of the profile form as the browser sends them.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ProfileFields {
    legal_name: String,
    short_name: String,
    kind: String,
    country: String,
    city: String,
    latitude: String,
    longitude: String,
    registration_number: String,
    registrar: String,
    registration_year: String,
    website: String,
    members_total: String,
    members_women: String,
    beneficiaries_total: String,
    beneficiaries_women: String,
    description: String,
    description_lang: String,
    constituency: Vec<String>,
    sdg: Vec<String>,
    commitment: Vec<String>,
    sector: Vec<String>,
    language: Vec<String>,
    link: Vec<String>,
    contact_name: Vec<String>,
    contact_role: Vec<String>,
    contact_email: Vec<String>,
    contact_phone: Vec<String>,
    other_description_lang: Vec<String>,
    other_description: Vec<String>,
    #[serde(deserialize_with = "kernel::form::checkbox")]
    not_duplicate: bool,
    intent: String,
    version: kernel::form::Version,
}

impl TryFrom<ProfileFields> for ProfileForm {
    type Error = &'static str;

    fn try_from(f: ProfileFields) -> Result<Self, Self::Error> {
        const TOO_MANY: &str = "more values than the profile holds";
        let commitments = kernel::form::slots::<5>(f.commitment).ok_or(TOO_MANY)?;
        let links = kernel::form::slots::<MAX_LINKS>(f.link).ok_or(TOO_MANY)?;
        let names = kernel::form::slots::<MAX_CONTACTS>(f.contact_name).ok_or(TOO_MANY)?;
        let roles = kernel::form::slots::<MAX_CONTACTS>(f.contact_role).ok_or(TOO_MANY)?;
        let emails = kernel::form::slots::<MAX_CONTACTS>(f.contact_email).ok_or(TOO_MANY)?;
        let phones = kernel::form::slots::<MAX_CONTACTS>(f.contact_phone).ok_or(TOO_MANY)?;
        let contacts = std::array::from_fn(|i| {
            [names[i].clone(), roles[i].clone(), emails[i].clone(), phones[i].clone()]
        });
        let other_langs =
            kernel::form::slots::<MAX_OTHER_DESCRIPTIONS>(f.other_description_lang).ok_or(TOO_MANY)?;
        let other_texts =
            kernel::form::slots::<MAX_OTHER_DESCRIPTIONS>(f.other_description).ok_or(TOO_MANY)?;
        let other_descriptions = std::array::from_fn(|i| (other_langs[i].clone(), other_texts[i].clone()));
        Ok(ProfileForm {
            legal_name: f.legal_name,
            short_name: f.short_name,
            kind: f.kind,
            country: f.country,
            city: f.city,
            latitude: f.latitude,
            longitude: f.longitude,
            registration_number: f.registration_number,
            registrar: f.registrar,
            registration_year: f.registration_year,
            website: f.website,
            members_total: f.members_total,
            members_women: f.members_women,
            beneficiaries_total: f.beneficiaries_total,
            beneficiaries_women: f.beneficiaries_women,
            description: f.description,
            description_lang: f.description_lang,
            constituencies: f.constituency,
            sdgs: f.sdg,
            commitments,
            sectors: f.sector,
            languages: f.language,
            links,
            contacts,
            other_descriptions,
            not_duplicate: f.not_duplicate,
            submit: f.intent == "submit",
            version: f.version.0,
        })
    }
}

impl ProfileForm {
    /// The form filled from a stored profile.
    pub fn from_profile(p: &Profile) -> ProfileForm {
        let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
        let degrees = |e6: Option<i64>| e6.map(|v| format!("{:.6}", v as f64 / 1e6)).unwrap_or_default();
        let mut commitments: [String; 5] = Default::default();
        for (d, s) in &p.commitments {
            if (1..=5).contains(d) {
                commitments[usize::from(*d) - 1] = s.clone();
            }
        }
        let mut links: [String; MAX_LINKS] = Default::default();
        for (slot, link) in links.iter_mut().zip(&p.links) {
            *slot = link.clone();
        }
        let mut contacts: [[String; 4]; MAX_CONTACTS] = Default::default();
        for (slot, c) in contacts.iter_mut().zip(&p.contacts) {
            *slot = [c.name.clone(), c.role.clone(), c.email.clone(), c.phone.clone()];
        }
        let mut other_descriptions: [(String, String); MAX_OTHER_DESCRIPTIONS] = Default::default();
        for (slot, d) in other_descriptions.iter_mut().zip(&p.other_descriptions) {
            *slot = d.clone();
        }
        ProfileForm {
            legal_name: p.legal_name.clone(),
            short_name: p.short_name.clone(),
            kind: p.kind.clone(),
            country: p.country_code.clone(),
            city: p.city.clone(),
            latitude: degrees(p.latitude_e6),
            longitude: degrees(p.longitude_e6),
            registration_number: p.registration_number.clone(),
            registrar: p.registrar.clone(),
            registration_year: p.registration_year.map(|y| y.to_string()).unwrap_or_default(),
            website: p.website.clone(),
            members_total: number(p.members_total),
            members_women: number(p.members_women),
            beneficiaries_total: number(p.beneficiaries_total),
            beneficiaries_women: number(p.beneficiaries_women),
            description: p.description.clone(),
            description_lang: p.description_lang.clone(),
            constituencies: p.constituencies.clone(),
            sdgs: p.sdgs.iter().map(u8::to_string).collect(),
            commitments,
            sectors: p.sectors.clone(),
            languages: p.languages.clone(),
            links,
            contacts,
            other_descriptions,
            not_duplicate: false,
            submit: false,
            version: 0,
        }
    }
}

/// The fields that differ between two versions of a profile, as (field, before, after) in
/// words a person reads; lists are joined, coordinates shown in degrees.
pub fn profile_changes(before: &Profile, after: &Profile) -> Vec<(&'static str, String, String)> {
    let degrees = |v: Option<i64>| v.map(|v| format!("{:.6}", v as f64 / 1e6)).unwrap_or_default();
    let number = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
    let commitments =
        |p: &Profile| p.commitments.iter().map(|(d, s)| format!("{d}: {s}")).collect::<Vec<_>>().join("\n");
    let sdgs = |p: &Profile| p.sdgs.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
    let contacts = |p: &Profile| {
        p.contacts
            .iter()
            .map(|c| format!("{} ({}) {} {}", c.name, c.role, c.email, c.phone))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let others = |p: &Profile| {
        p.other_descriptions.iter().map(|(l, t)| format!("[{l}] {t}")).collect::<Vec<_>>().join("\n")
    };
    let fields: [(&'static str, String, String); 26] = [
        ("legal_name", before.legal_name.clone(), after.legal_name.clone()),
        ("short_name", before.short_name.clone(), after.short_name.clone()),
        ("kind", before.kind.clone(), after.kind.clone()),
        ("country", before.country_code.clone(), after.country_code.clone()),
        ("city", before.city.clone(), after.city.clone()),
        ("latitude", degrees(before.latitude_e6), degrees(after.latitude_e6)),
        ("longitude", degrees(before.longitude_e6), degrees(after.longitude_e6)),
        ("registration_number", before.registration_number.clone(), after.registration_number.clone()),
        ("registrar", before.registrar.clone(), after.registrar.clone()),
        ("registration_year", number(before.registration_year), number(after.registration_year)),
        ("website", before.website.clone(), after.website.clone()),
        ("members_total", number(before.members_total), number(after.members_total)),
        ("members_women", number(before.members_women), number(after.members_women)),
        ("beneficiaries_total", number(before.beneficiaries_total), number(after.beneficiaries_total)),
        ("beneficiaries_women", number(before.beneficiaries_women), number(after.beneficiaries_women)),
        ("description", before.description.clone(), after.description.clone()),
        ("description_lang", before.description_lang.clone(), after.description_lang.clone()),
        ("constituencies", before.constituencies.join(", "), after.constituencies.join(", ")),
        ("sdgs", sdgs(before), sdgs(after)),
        ("commitments", commitments(before), commitments(after)),
        ("sectors", before.sectors.join(", "), after.sectors.join(", ")),
        ("languages", before.languages.join(", "), after.languages.join(", ")),
        ("links", before.links.join("\n"), after.links.join("\n")),
        ("contacts", contacts(before), contacts(after)),
        ("other_descriptions", others(before), others(after)),
        ("network_country", before.network_country.clone(), after.network_country.clone()),
    ];
    fields.into_iter().filter(|(field, b, a)| b != a && *field != "network_country").collect()
}

/// Checks the form against the reference data. A draft needs only a name, kind and country;
/// a submission needs everything management and the focal point must see.
pub fn check_profile(
    f: &ProfileForm,
    reference: &kernel::ReferenceData,
    current_year: i32,
    for_submit: bool,
) -> Result<Profile, kernel::FieldErrors> {
    let mut e = kernel::FieldErrors::default();
    let legal_name = f.legal_name.split_whitespace().collect::<Vec<_>>().join(" ");
    if legal_name.is_empty() {
        e.add("legal_name", "error-entity-name-required");
    } else if too_long(&legal_name, LEGAL_NAME_MAX) {
        e.add("legal_name", "error-too-long");
    }
    if too_long(f.short_name.trim(), SHORT_NAME_MAX) {
        e.add("short_name", "error-too-long");
    }
    if reference.entity_kind(&f.kind).is_none() {
        e.add("kind", "error-kind-unknown");
    }
    let country = kernel::CountryCode::parse(&f.country);
    let network = country.as_ref().and_then(|c| reference.country_network_for(c));
    if network.is_none() {
        e.add("country", "error-country-unknown");
    }
    let city = f.city.trim().to_string();
    if for_submit && city.is_empty() {
        e.add("city", "error-city-required");
    } else if too_long(&city, CITY_MAX) {
        e.add("city", "error-too-long");
    }
    let latitude =
        micro_degrees(&f.latitude, 90.0).map_err(|_| e.add("latitude", "error-latitude")).ok().flatten();
    let longitude =
        micro_degrees(&f.longitude, 180.0).map_err(|_| e.add("longitude", "error-longitude")).ok().flatten();
    if latitude.is_some() != longitude.is_some() && !e.has("latitude") && !e.has("longitude") {
        e.add(if latitude.is_none() { "latitude" } else { "longitude" }, "error-coordinates-pair");
    }
    let registration_year = match f.registration_year.trim() {
        "" => None,
        raw => match raw.parse::<i32>() {
            Ok(y) if (1800..=current_year).contains(&y) => Some(y),
            _ => {
                e.add("registration_year", "error-year");
                None
            }
        },
    };
    let registration_number = f.registration_number.trim().to_string();
    if too_long(&registration_number, REGISTRATION_MAX) {
        e.add("registration_number", "error-too-long");
    }
    let registrar = f.registrar.trim().to_string();
    if too_long(&registrar, REGISTRATION_MAX) {
        e.add("registrar", "error-too-long");
    }
    let website = f.website.trim().to_string();
    if !website.is_empty() && !web_address(&website) {
        e.add("website", "error-website");
    }
    let mut numbers = [None; 4];
    for (i, (field, raw)) in [
        ("members_total", &f.members_total),
        ("members_women", &f.members_women),
        ("beneficiaries_total", &f.beneficiaries_total),
        ("beneficiaries_women", &f.beneficiaries_women),
    ]
    .into_iter()
    .enumerate()
    {
        match count(raw) {
            Ok(n) => numbers[i] = n,
            Err(_) => e.add(field, "error-count"),
        }
    }
    if let (Some(total), Some(women)) = (numbers[0], numbers[1])
        && women > total
    {
        e.add("members_women", "error-women-above-total");
    }
    if let (Some(total), Some(women)) = (numbers[2], numbers[3])
        && women > total
    {
        e.add("beneficiaries_women", "error-women-above-total");
    }
    let description = f.description.trim().to_string();
    if for_submit && description.is_empty() {
        e.add("description", "error-description-required");
    } else if too_long(&description, DESCRIPTION_MAX) {
        e.add("description", "error-too-long");
    }
    let description_lang = f.description_lang.trim().to_ascii_lowercase();
    let description_lang = if description_lang.is_empty() { "en".to_string() } else { description_lang };
    if !(2..=3).contains(&description_lang.len()) || !description_lang.bytes().all(|b| b.is_ascii_lowercase())
    {
        e.add("description_lang", "error-language-code");
    }
    let mut constituencies: Vec<String> = Vec::new();
    for code in &f.constituencies {
        if reference.constituency(code).is_none() {
            e.add("constituency", "error-constituency-unknown");
        } else if !constituencies.contains(code) {
            constituencies.push(code.clone());
        }
    }
    if for_submit && constituencies.is_empty() && !e.has("constituency") {
        e.add("constituency", "error-constituency-required");
    }
    let mut sdgs: Vec<u8> = Vec::new();
    for raw in &f.sdgs {
        match raw.parse::<u8>() {
            Ok(n) if reference.sdg(n).is_some() => {
                if !sdgs.contains(&n) {
                    sdgs.push(n);
                }
            }
            _ => e.add("sdg", "error-sdg-unknown"),
        }
    }
    sdgs.sort_unstable();
    if for_submit && sdgs.is_empty() && !e.has("sdg") {
        e.add("sdg", "error-sdg-required");
    }
    const COMMITMENT_FIELDS: [&str; 5] =
        ["commitment_1", "commitment_2", "commitment_3", "commitment_4", "commitment_5"];
    let mut commitments = Vec::new();
    for (i, statement) in f.commitments.iter().enumerate() {
        let statement = statement.trim();
        if too_long(statement, COMMITMENT_MAX) {
            e.add(COMMITMENT_FIELDS[i], "error-too-long");
        } else if statement.is_empty() && for_submit {
            e.add(COMMITMENT_FIELDS[i], "error-commitment-required");
        } else if !statement.is_empty() {
            commitments.push((i as u8 + 1, statement.to_string()));
        }
    }
    let mut sectors: Vec<String> = Vec::new();
    for code in &f.sectors {
        if reference.sector(code).is_none() {
            e.add("sector", "error-sector-unknown");
        } else if !sectors.contains(code) {
            sectors.push(code.clone());
        }
    }
    let mut languages: Vec<String> = Vec::new();
    for raw in f.languages.iter().flat_map(|l| l.split([',', ' ', ';'])).filter(|c| !c.trim().is_empty()) {
        let Some(code) = language_code(raw) else {
            e.add("language", "error-language-code");
            break;
        };
        if !languages.contains(&code) {
            languages.push(code);
        }
    }
    const LINK_FIELDS: [&str; MAX_LINKS] = ["link_1", "link_2", "link_3"];
    let mut links = Vec::new();
    for (i, raw) in f.links.iter().enumerate() {
        let link = raw.trim();
        if link.is_empty() {
            continue;
        }
        if !web_address(link) {
            e.add(LINK_FIELDS[i], "error-website");
        } else {
            links.push(link.to_string());
        }
    }
    const CONTACT_FIELDS: [[&str; 4]; MAX_CONTACTS] = [
        ["contact_name_1", "contact_role_1", "contact_email_1", "contact_phone_1"],
        ["contact_name_2", "contact_role_2", "contact_email_2", "contact_phone_2"],
        ["contact_name_3", "contact_role_3", "contact_email_3", "contact_phone_3"],
    ];
    let mut contacts = Vec::new();
    for (i, raw) in f.contacts.iter().enumerate() {
        let [name, role, email, phone] = raw.clone().map(|s| s.trim().to_string());
        if name.is_empty() && role.is_empty() && email.is_empty() && phone.is_empty() {
            continue;
        }
        let fields = CONTACT_FIELDS[i];
        if name.is_empty() {
            e.add(fields[0], "error-contact-name");
        } else if too_long(&name, CONTACT_TEXT_MAX) {
            e.add(fields[0], "error-too-long");
        }
        if too_long(&role, CONTACT_TEXT_MAX) {
            e.add(fields[1], "error-too-long");
        }
        let email = if email.is_empty() {
            String::new()
        } else {
            match kernel::validate::Email::parse(&email) {
                Ok(valid) => valid.as_str().to_string(),
                Err(key) => {
                    e.add(fields[2], key);
                    String::new()
                }
            }
        };
        let phone_ok =
            phone.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c)) && !too_long(&phone, PHONE_MAX);
        if !phone_ok {
            e.add(fields[3], "error-phone");
        }
        contacts.push(Contact { name, role, email, phone });
    }
    const OTHER_FIELDS: [(&str, &str); MAX_OTHER_DESCRIPTIONS] = [
        ("other_description_lang_1", "other_description_1"),
        ("other_description_lang_2", "other_description_2"),
    ];
    let mut other_descriptions: Vec<(String, String)> = Vec::new();
    for (i, (lang, text)) in f.other_descriptions.iter().enumerate() {
        let (lang, text) = (lang.trim().to_ascii_lowercase(), text.trim().to_string());
        if lang.is_empty() && text.is_empty() {
            continue;
        }
        let (lang_field, text_field) = OTHER_FIELDS[i];
        if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
            e.add(lang_field, "error-language-code");
        } else if lang == description_lang || other_descriptions.iter().any(|(l, _)| *l == lang) {
            e.add(lang_field, "error-language-twice");
        }
        if text.is_empty() {
            e.add(text_field, "error-description-required");
        } else if too_long(&text, DESCRIPTION_MAX) {
            e.add(text_field, "error-too-long");
        }
        other_descriptions.push((lang, text));
    }
    let (Some(country), Some(network), true) = (country, network, e.is_empty()) else {
        return Err(e);
    };
    Ok(Profile {
        legal_name,
        short_name: f.short_name.trim().to_string(),
        kind: f.kind.clone(),
        country_code: country.as_str().to_string(),
        network_country: network.code.as_str().to_string(),
        city,
        latitude_e6: latitude,
        longitude_e6: longitude,
        registration_number,
        registrar,
        registration_year,
        website,
        members_total: numbers[0],
        members_women: numbers[1],
        beneficiaries_total: numbers[2],
        beneficiaries_women: numbers[3],
        description,
        description_lang,
        constituencies,
        sdgs,
        commitments,
        sectors,
        languages,
        links,
        contacts,
        other_descriptions,
    })
}

#[cfg(test)]
mod profile_tests {
    use super::*;

    fn reference() -> kernel::ReferenceData {
        store::reference::load_embedded().unwrap()
    }

    fn complete() -> ProfileForm {
        ProfileForm {
            legal_name: "  Koperasi   Wanita Sejahtera ".into(),
            kind: "cooperative".into(),
            country: "id".into(),
            city: "Yogyakarta".into(),
            latitude: "-7,7956".into(),
            longitude: "110.3695".into(),
            members_total: "1 200".into(),
            members_women: "900".into(),
            description: "Simpan pinjam untuk perempuan".into(),
            description_lang: "id".into(),
            constituencies: vec!["women".into(), "women".into()],
            sdgs: vec!["8".into(), "5".into()],
            commitments: ["a".into(), "b".into(), "c".into(), "d".into(), "e".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_profile_is_normalised() {
        let p = check_profile(&complete(), &reference(), 2026, true).unwrap();
        assert_eq!(p.legal_name, "Koperasi Wanita Sejahtera");
        assert_eq!(p.network_country, "ID");
        assert_eq!(p.latitude_e6, Some(-7_795_600));
        assert_eq!(p.members_total, Some(1200));
        assert_eq!(p.constituencies, vec!["women".to_string()]);
        assert_eq!(p.sdgs, vec![5, 8]);
        assert_eq!(p.commitments.len(), 5);
    }

    #[test]
    fn a_draft_needs_only_name_kind_and_country() {
        let draft = ProfileForm {
            legal_name: "SEWA".into(),
            kind: "association".into(),
            country: "IN".into(),
            ..Default::default()
        };
        assert!(check_profile(&draft, &reference(), 2026, false).is_ok());
        let errors = check_profile(&draft, &reference(), 2026, true).unwrap_err();
        for field in ["city", "description", "constituency", "sdg", "commitment_1", "commitment_5"] {
            assert!(errors.has(field), "{field} is required to submit");
        }
    }

    #[test]
    fn hong_kong_belongs_to_the_china_network() {
        let hk = ProfileForm { country: "HK".into(), ..complete() };
        let p = check_profile(&hk, &reference(), 2026, true).unwrap();
        assert_eq!((p.country_code.as_str(), p.network_country.as_str()), ("HK", "CN"));
    }

    #[test]
    fn bad_values_are_named_field_by_field() {
        let bad = ProfileForm {
            legal_name: " ".into(),
            kind: "club".into(),
            country: "FR".into(),
            latitude: "95".into(),
            longitude: "east".into(),
            registration_year: "2099".into(),
            website: "asec.asia".into(),
            members_total: "-3".into(),
            beneficiaries_total: "10".into(),
            beneficiaries_women: "11".into(),
            constituencies: vec!["aliens".into()],
            sdgs: vec!["18".into()],
            ..complete()
        };
        let errors = check_profile(&bad, &reference(), 2026, true).unwrap_err();
        for (field, key) in [
            ("legal_name", "error-entity-name-required"),
            ("kind", "error-kind-unknown"),
            ("country", "error-country-unknown"),
            ("latitude", "error-latitude"),
            ("longitude", "error-longitude"),
            ("registration_year", "error-year"),
            ("website", "error-website"),
            ("members_total", "error-count"),
            ("beneficiaries_women", "error-women-above-total"),
            ("constituency", "error-constituency-unknown"),
            ("sdg", "error-sdg-unknown"),
        ] {
            assert_eq!(errors.get(field), Some(key), "{field}");
        }
        let one_coordinate = ProfileForm { longitude: String::new(), ..complete() };
        assert_eq!(
            check_profile(&one_coordinate, &reference(), 2026, true).unwrap_err().get("longitude"),
            Some("error-coordinates-pair")
        );
    }

    #[test]
    fn changes_name_only_what_differs() {
        let before = check_profile(&complete(), &reference(), 2026, true).unwrap();
        let after = Profile { city: "Sleman".into(), sdgs: vec![5], ..before.clone() };
        assert_eq!(
            profile_changes(&before, &after),
            vec![("city", "Yogyakarta".into(), "Sleman".into()), ("sdgs", "5, 8".into(), "5".into())]
        );
        assert!(profile_changes(&before, &before).is_empty());
    }

    /// A form with every field filled.
    fn full() -> ProfileForm {
        ProfileForm {
            short_name: " KWS ".into(),
            registration_number: " AHU-12 ".into(),
            registrar: " Kemenkumham ".into(),
            registration_year: " 1998 ".into(),
            website: " https://kws.example ".into(),
            beneficiaries_total: "5000".into(),
            beneficiaries_women: "4000".into(),
            sectors: vec!["ICA20".into(), "ICA10".into(), "ICA20".into()],
            languages: vec!["id".into(), " JV;su ".into(), "id".into()],
            links: ["https://a.example".into(), " ".into(), " http://c.example ".into()],
            contacts: [
                [
                    " Siti ".into(),
                    " Ketua ".into(),
                    " Siti@KWS.example ".into(),
                    " +62 (274) 555-01.2 ".into(),
                ],
                Default::default(),
                ["Dewi".into(), "".into(), "".into(), "".into()],
            ],
            other_descriptions: [(" EN ".into(), " Savings and loans ".into()), (" ".into(), " ".into())],
            not_duplicate: true,
            submit: true,
            version: 3,
            ..complete()
        }
    }

    #[test]
    fn every_field_is_kept_trimmed_and_in_order() {
        let p = check_profile(&full(), &reference(), 2026, true).unwrap();
        assert_eq!(
            p,
            Profile {
                legal_name: "Koperasi Wanita Sejahtera".into(),
                short_name: "KWS".into(),
                kind: "cooperative".into(),
                country_code: "ID".into(),
                network_country: "ID".into(),
                city: "Yogyakarta".into(),
                latitude_e6: Some(-7_795_600),
                longitude_e6: Some(110_369_500),
                registration_number: "AHU-12".into(),
                registrar: "Kemenkumham".into(),
                registration_year: Some(1998),
                website: "https://kws.example".into(),
                members_total: Some(1200),
                members_women: Some(900),
                beneficiaries_total: Some(5000),
                beneficiaries_women: Some(4000),
                description: "Simpan pinjam untuk perempuan".into(),
                description_lang: "id".into(),
                constituencies: vec!["women".into()],
                sdgs: vec![5, 8],
                commitments: vec![
                    (1, "a".into()),
                    (2, "b".into()),
                    (3, "c".into()),
                    (4, "d".into()),
                    (5, "e".into())
                ],
                sectors: vec!["ICA20".into(), "ICA10".into()],
                languages: vec!["id".into(), "jv".into(), "su".into()],
                links: vec!["https://a.example".into(), "http://c.example".into()],
                contacts: vec![
                    Contact {
                        name: "Siti".into(),
                        role: "Ketua".into(),
                        email: "Siti@kws.example".into(),
                        phone: "+62 (274) 555-01.2".into()
                    },
                    Contact { name: "Dewi".into(), ..Contact::default() },
                ],
                other_descriptions: vec![("en".into(), "Savings and loans".into())],
            }
        );
        let again = check_profile(&ProfileForm::from_profile(&p), &reference(), 2026, true).unwrap();
        assert_eq!(again, p, "the form round-trips");
        let form = ProfileForm::from_profile(&p);
        assert_eq!(form.latitude, "-7.795600");
        assert_eq!(form.registration_year, "1998");
        assert_eq!(form.members_women, "900");
        assert_eq!(form.sdgs, ["5", "8"]);
        assert_eq!(form.languages, ["id", "jv", "su"]);
        assert_eq!(form.commitments[4], "e");
        assert_eq!(form.contacts[1], ["Dewi", "", "", ""]);
        assert_eq!(form.other_descriptions[0], ("en".to_string(), "Savings and loans".to_string()));
        assert!(!form.submit && !form.not_duplicate && form.version == 0);
    }

    #[test]
    fn a_stored_commitment_goes_back_to_its_dimension() {
        let p = Profile {
            commitments: vec![(2, "two".into()), (5, "five".into()), (0, "x".into()), (6, "y".into())],
            ..Profile::default()
        };
        let f = ProfileForm::from_profile(&p);
        assert_eq!(f.commitments, ["", "two", "", "", "five"].map(String::from));
        assert_eq!(ProfileForm::from_profile(&Profile::default()).latitude, "");
    }

    #[test]
    fn every_change_is_named_in_words() {
        let after = check_profile(&full(), &reference(), 2026, true).unwrap();
        let before = Profile { network_country: "MY".into(), ..Profile::default() };
        let changes: Vec<(&str, String, String)> = profile_changes(&before, &after);
        let expected: Vec<(&str, &str, &str)> = vec![
            ("legal_name", "", "Koperasi Wanita Sejahtera"),
            ("short_name", "", "KWS"),
            ("kind", "", "cooperative"),
            ("country", "", "ID"),
            ("city", "", "Yogyakarta"),
            ("latitude", "", "-7.795600"),
            ("longitude", "", "110.369500"),
            ("registration_number", "", "AHU-12"),
            ("registrar", "", "Kemenkumham"),
            ("registration_year", "", "1998"),
            ("website", "", "https://kws.example"),
            ("members_total", "", "1200"),
            ("members_women", "", "900"),
            ("beneficiaries_total", "", "5000"),
            ("beneficiaries_women", "", "4000"),
            ("description", "", "Simpan pinjam untuk perempuan"),
            ("description_lang", "", "id"),
            ("constituencies", "", "women"),
            ("sdgs", "", "5, 8"),
            ("commitments", "", "1: a\n2: b\n3: c\n4: d\n5: e"),
            ("sectors", "", "ICA20, ICA10"),
            ("languages", "", "id, jv, su"),
            ("links", "", "https://a.example\nhttp://c.example"),
            ("contacts", "", "Siti (Ketua) Siti@kws.example +62 (274) 555-01.2\nDewi ()  "),
            ("other_descriptions", "", "[en] Savings and loans"),
        ];
        let expected: Vec<(&str, String, String)> =
            expected.into_iter().map(|(f, b, a)| (f, b.to_string(), a.to_string())).collect();
        assert_eq!(changes, expected, "the network follows the country, so it is not named");
    }

    #[test]
    fn the_form_holds_what_a_profile_holds_and_no_more() {
        let fields = |n: [usize; 8]| ProfileFields {
            legal_name: "SEWA".into(),
            commitment: vec!["c".into(); n[0]],
            link: vec!["https://l.example".into(); n[1]],
            contact_name: vec!["N".into(); n[2]],
            contact_role: vec!["R".into(); n[3]],
            contact_email: vec!["e@x.org".into(); n[4]],
            contact_phone: vec!["1".into(); n[5]],
            other_description_lang: vec!["ms".into(); n[6]],
            other_description: vec!["T".into(); n[7]],
            intent: "submit".into(),
            not_duplicate: true,
            version: kernel::form::Version(7),
            ..Default::default()
        };
        let most = [5, MAX_LINKS, MAX_CONTACTS, MAX_CONTACTS, MAX_CONTACTS, MAX_CONTACTS, 2, 2];
        let f = ProfileForm::try_from(fields(most)).unwrap();
        assert_eq!(f.legal_name, "SEWA");
        assert_eq!(f.commitments[4], "c");
        assert_eq!(f.links[2], "https://l.example");
        assert_eq!(f.contacts[2], ["N", "R", "e@x.org", "1"].map(String::from));
        assert_eq!(f.other_descriptions[1], ("ms".to_string(), "T".to_string()));
        assert!(f.submit && f.not_duplicate);
        assert_eq!(f.version, 7);
        for i in 0..8 {
            let mut n = most;
            n[i] += 1;
            assert!(ProfileForm::try_from(fields(n)).is_err(), "one more of field {i}");
        }
        let draft = ProfileFields { intent: "save".into(), ..Default::default() };
        assert!(!ProfileForm::try_from(draft).unwrap().submit);
    }

    #[test]
    fn profile_limits_at_their_edges() {
        let r = reference();
        let errors = |f: ProfileForm| -> Vec<(&'static str, &'static str)> {
            match check_profile(&f, &r, 2026, true) {
                Ok(_) => vec![],
                Err(e) => e.0,
            }
        };
        let ok = |f: ProfileForm| check_profile(&f, &r, 2026, true).expect("a valid profile");
        let base = full();
        assert_eq!(ok(ProfileForm { legal_name: "n".repeat(200), ..base.clone() }).legal_name.len(), 200);
        assert_eq!(
            errors(ProfileForm { legal_name: "n".repeat(201), ..base.clone() }),
            [("legal_name", "error-too-long")]
        );
        assert_eq!(ok(ProfileForm { short_name: "s".repeat(60), ..base.clone() }).short_name.len(), 60);
        assert_eq!(
            errors(ProfileForm { short_name: "s".repeat(61), ..base.clone() }),
            [("short_name", "error-too-long")]
        );
        assert_eq!(ok(ProfileForm { city: "c".repeat(120), ..base.clone() }).city.len(), 120);
        assert_eq!(
            errors(ProfileForm { city: "c".repeat(121), ..base.clone() }),
            [("city", "error-too-long")]
        );
        assert_eq!(
            check_profile(&ProfileForm { city: "c".repeat(121), ..base.clone() }, &r, 2026, false)
                .unwrap_err()
                .0,
            [("city", "error-too-long")],
            "a draft too"
        );
        assert!(check_profile(&ProfileForm { city: " ".into(), ..base.clone() }, &r, 2026, false).is_ok());
        assert_eq!(
            errors(ProfileForm { city: " ".into(), ..base.clone() }),
            [("city", "error-city-required")]
        );
        assert_eq!(
            ok(ProfileForm { registration_year: "1800".into(), ..base.clone() }).registration_year,
            Some(1800)
        );
        assert_eq!(
            ok(ProfileForm { registration_year: "2026".into(), ..base.clone() }).registration_year,
            Some(2026)
        );
        assert_eq!(ok(ProfileForm { registration_year: " ".into(), ..base.clone() }).registration_year, None);
        for year in ["1799", "2027", "MCMXCVIII"] {
            assert_eq!(
                errors(ProfileForm { registration_year: year.into(), ..base.clone() }),
                [("registration_year", "error-year")]
            );
        }
        assert_eq!(
            ok(ProfileForm { website: "http://kws.example".into(), ..base.clone() }).website,
            "http://kws.example"
        );
        assert_eq!(ok(ProfileForm { website: " ".into(), ..base.clone() }).website, "");
        assert_eq!(
            errors(ProfileForm { website: "https://kws .example".into(), ..base.clone() }),
            [("website", "error-website")]
        );
        assert_eq!(
            errors(ProfileForm { website: "ftp://kws.example".into(), ..base.clone() }),
            [("website", "error-website")]
        );
        let equal = ok(ProfileForm {
            members_women: "1200".into(),
            beneficiaries_women: "5000".into(),
            ..base.clone()
        });
        assert_eq!((equal.members_women, equal.beneficiaries_women), (Some(1200), Some(5000)));
        assert_eq!(
            errors(ProfileForm { members_women: "1201".into(), ..base.clone() }),
            [("members_women", "error-women-above-total")]
        );
        for field in ["members_women", "beneficiaries_total", "beneficiaries_women"] {
            let mut f = base.clone();
            *match field {
                "members_women" => &mut f.members_women,
                "beneficiaries_total" => &mut f.beneficiaries_total,
                _ => &mut f.beneficiaries_women,
            } = "x".into();
            assert_eq!(errors(f), [(field, "error-count")]);
        }
        assert_eq!(ok(ProfileForm { description: "d".repeat(5000), ..base.clone() }).description.len(), 5000);
        assert_eq!(
            errors(ProfileForm { description: "d".repeat(5001), ..base.clone() }),
            [("description", "error-too-long")]
        );
        assert_eq!(
            check_profile(&ProfileForm { description: "d".repeat(5001), ..base.clone() }, &r, 2026, false)
                .unwrap_err()
                .0,
            [("description", "error-too-long")]
        );
        assert_eq!(
            ok(ProfileForm {
                description_lang: " ".into(),
                other_descriptions: Default::default(),
                ..base.clone()
            })
            .description_lang,
            "en"
        );
        assert_eq!(
            ok(ProfileForm { description_lang: "FIL".into(), ..base.clone() }).description_lang,
            "fil"
        );
        for lang in ["i", "indo", "i1"] {
            assert_eq!(
                errors(ProfileForm { description_lang: lang.into(), ..base.clone() }),
                [("description_lang", "error-language-code")]
            );
        }
        assert_eq!(
            errors(ProfileForm { constituencies: vec![], ..base.clone() }),
            [("constituency", "error-constituency-required")]
        );
        assert_eq!(
            errors(ProfileForm { constituencies: vec!["kings".into(), "queens".into()], ..base.clone() }),
            [("constituency", "error-constituency-unknown"), ("constituency", "error-constituency-unknown")],
            "unknown, so not also missing"
        );
        assert_eq!(errors(ProfileForm { sdgs: vec![], ..base.clone() }), [("sdg", "error-sdg-required")]);
        assert_eq!(
            errors(ProfileForm { sdgs: vec!["x".into()], ..base.clone() }),
            [("sdg", "error-sdg-unknown")]
        );
        assert_eq!(ok(ProfileForm { sdgs: vec!["17".into(), "1".into()], ..base.clone() }).sdgs, [1, 17]);
        let mut long = base.clone();
        long.commitments[1] = "c".repeat(1000);
        assert_eq!(ok(long.clone()).commitments[1].1.len(), 1000);
        long.commitments[1] = "c".repeat(1001);
        assert_eq!(errors(long.clone()), [("commitment_2", "error-too-long")]);
        assert_eq!(
            check_profile(&long, &r, 2026, false).unwrap_err().0,
            [("commitment_2", "error-too-long")]
        );
        let mut missing = base.clone();
        missing.commitments[2] = " ".into();
        assert_eq!(errors(missing.clone()), [("commitment_3", "error-commitment-required")]);
        let draft = check_profile(&missing, &r, 2026, false).unwrap();
        assert_eq!(draft.commitments.iter().map(|(d, _)| *d).collect::<Vec<_>>(), [1, 2, 4, 5]);
        assert_eq!(
            errors(ProfileForm { sectors: vec!["ICA999".into()], ..base.clone() }),
            [("sector", "error-sector-unknown")]
        );
        for languages in ["id, indo", "i", "id 12"] {
            assert_eq!(
                errors(ProfileForm { languages: vec![languages.into()], ..base.clone() }),
                [("language", "error-language-code")],
                "{languages}"
            );
        }
        assert_eq!(
            errors(ProfileForm { languages: vec!["x".into(), "y".into()], ..base.clone() }),
            [("language", "error-language-code")],
            "named once"
        );
        assert_eq!(ok(ProfileForm { languages: vec!["fil".into()], ..base.clone() }).languages, ["fil"]);
        assert_eq!(
            ok(ProfileForm { languages: vec!["JV".into(), " ".into(), "xyz".into()], ..base.clone() })
                .languages,
            ["jv", "xyz"],
            "a well-formed code outside the list, from an older draft, is kept"
        );
        assert!(ok(ProfileForm { languages: vec![], ..base.clone() }).languages.is_empty());
        for (field, max) in [("registration_number", REGISTRATION_MAX), ("registrar", REGISTRATION_MAX)] {
            let with = |n: usize| {
                let mut f = base.clone();
                *if field == "registrar" { &mut f.registrar } else { &mut f.registration_number } =
                    format!(" {} ", "r".repeat(n));
                f
            };
            let p = ok(with(max));
            assert_eq!(if field == "registrar" { p.registrar } else { p.registration_number }.len(), max);
            assert_eq!(errors(with(max + 1)), [(field, "error-too-long")]);
        }
        let site = |n: usize| format!("https://{}", "w".repeat(n - 8));
        assert_eq!(ok(ProfileForm { website: site(WEB_ADDRESS_MAX), ..base.clone() }).website.len(), 300);
        assert_eq!(
            errors(ProfileForm { website: site(WEB_ADDRESS_MAX + 1), ..base.clone() }),
            [("website", "error-website")]
        );
        let mut link = base.clone();
        link.links[0] = site(WEB_ADDRESS_MAX + 1);
        assert_eq!(errors(link), [("link_1", "error-website")]);
        let mut link = base.clone();
        link.links[1] = "kws.example".into();
        assert_eq!(errors(link), [("link_2", "error-website")]);
    }

    #[test]
    fn contacts_and_further_descriptions_at_their_edges() {
        let r = reference();
        let errors = |f: ProfileForm| -> Vec<(&'static str, &'static str)> {
            match check_profile(&f, &r, 2026, true) {
                Ok(_) => vec![],
                Err(e) => e.0,
            }
        };
        let with_contact = |c: [&str; 4]| {
            let mut f = full();
            f.contacts[1] = c.map(String::from);
            f
        };
        let n = |k: usize| "n".repeat(k);
        let p =
            check_profile(&with_contact([&n(120), &n(120), "", &"1".repeat(40)]), &r, 2026, true).unwrap();
        assert_eq!(p.contacts[1].name.len(), 120);
        assert_eq!(p.contacts.len(), 3);
        assert_eq!(errors(with_contact([&n(121), "", "", ""])), [("contact_name_2", "error-too-long")]);
        assert_eq!(errors(with_contact(["N", &n(121), "", ""])), [("contact_role_2", "error-too-long")]);
        assert_eq!(errors(with_contact(["", "Ketua", "", ""])), [("contact_name_2", "error-contact-name")]);
        assert_eq!(errors(with_contact(["", "", "", "1"])), [("contact_name_2", "error-contact-name")]);
        assert_eq!(errors(with_contact(["", "", "a@b.org", ""])), [("contact_name_2", "error-contact-name")]);
        assert_eq!(errors(with_contact(["N", "", "siti", ""])), [("contact_email_2", "error-email-invalid")]);
        assert_eq!(
            errors(with_contact(["N", "", "", &"1".repeat(41)])),
            [("contact_phone_2", "error-phone")]
        );
        assert_eq!(errors(with_contact(["N", "", "", "555 x"])), [("contact_phone_2", "error-phone")]);
        let with_other = |o: [(&str, &str); 2]| ProfileForm {
            other_descriptions: o.map(|(l, t)| (l.to_string(), t.to_string())),
            ..full()
        };
        let p = check_profile(&with_other([("", ""), ("ms", &"t".repeat(5000))]), &r, 2026, true).unwrap();
        assert_eq!(p.other_descriptions, [("ms".to_string(), "t".repeat(5000))]);
        let p = check_profile(&with_other([("en", "A"), ("fil", "B")]), &r, 2026, true).unwrap();
        assert_eq!(p.other_descriptions.len(), 2);
        assert_eq!(
            errors(with_other([("ms", &"t".repeat(5001)), ("", "")])),
            [("other_description_1", "error-too-long")]
        );
        assert_eq!(
            errors(with_other([("ms", " "), ("", "")])),
            [("other_description_1", "error-description-required")]
        );
        assert_eq!(
            errors(with_other([("", "T"), ("", "")])),
            [("other_description_lang_1", "error-language-code")]
        );
        for lang in ["m", "mala", "m5"] {
            assert_eq!(
                errors(with_other([("", ""), (lang, "T")])),
                [("other_description_lang_2", "error-language-code")]
            );
        }
        assert_eq!(
            errors(with_other([("ID", "T"), ("", "")])),
            [("other_description_lang_1", "error-language-twice")],
            "the description's own"
        );
        assert_eq!(
            errors(with_other([("ms", "T"), ("ms", "U")])),
            [("other_description_lang_2", "error-language-twice")]
        );
    }

    #[test]
    fn the_limits_the_form_states_are_these() {
        assert_eq!(
            [
                LEGAL_NAME_MAX,
                SHORT_NAME_MAX,
                CITY_MAX,
                REGISTRATION_MAX,
                WEB_ADDRESS_MAX,
                DESCRIPTION_MAX,
                COMMITMENT_MAX,
                CONTACT_TEXT_MAX,
                PHONE_MAX
            ],
            [200, 60, 120, 120, 300, 5000, 1000, 120, 40]
        );
    }

    #[test]
    fn working_languages_are_codes_each_listed_once() {
        // That each has a name in every catalogue is checked beside the form (http/apply.rs):
        // these rules build without the catalogues.
        for (i, code) in WORKING_LANGUAGES.iter().enumerate() {
            assert_eq!(language_code(code).as_deref(), Some(*code), "{code}");
            assert!(!WORKING_LANGUAGES[..i].contains(code), "{code} twice");
        }
        assert_eq!(language_code(" FIL "), Some("fil".into()));
        assert_eq!(language_code("id"), Some("id".into()));
        for bad in ["", "i", "indo", "i1", "é", "id-ID"] {
            assert_eq!(language_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_form_round_trips_through_a_profile() {
        let p = check_profile(&complete(), &reference(), 2026, true).unwrap();
        let again = check_profile(&ProfileForm::from_profile(&p), &reference(), 2026, true).unwrap();
        assert_eq!(again, p);
    }
}
