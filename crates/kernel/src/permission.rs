//! The one place where access is decided: "may this subject do this action on this target".
//! Handlers describe the target (its country, sub-region, entity) and call [`decide`]; no
//! capability checks roles by itself.

use crate::{CountryCode, EntityId, SubregionCode, UserId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Administrator,
    Management,
    Treasurer,
    SubregionCoordinator,
    FocalPoint,
    EntityRepresentative,
    /// Offices of the council shown on its structure page. They carry no powers of their
    /// own: the people who hold them act through their other grants (management, usually).
    Chair,
    ExecutiveSecretary,
    CommunicationOfficer,
    RipessRepresentative,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Administrator,
        Role::Management,
        Role::Treasurer,
        Role::SubregionCoordinator,
        Role::FocalPoint,
        Role::EntityRepresentative,
        Role::Chair,
        Role::ExecutiveSecretary,
        Role::CommunicationOfficer,
        Role::RipessRepresentative,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Management => "management",
            Role::Treasurer => "treasurer",
            Role::SubregionCoordinator => "subregion_coordinator",
            Role::FocalPoint => "focal_point",
            Role::EntityRepresentative => "entity_representative",
            Role::Chair => "chair",
            Role::ExecutiveSecretary => "executive_secretary",
            Role::CommunicationOfficer => "communication_officer",
            Role::RipessRepresentative => "ripess_representative",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// Grants of these roles count only once the person has turned on two-factor sign-in.
    pub fn needs_two_factor(self) -> bool {
        matches!(self, Role::Administrator | Role::Management | Role::Treasurer)
    }

    /// How many people may hold this role in one scope: a country has at most two focal points.
    pub fn max_holders_per_scope(self) -> Option<usize> {
        match self {
            Role::FocalPoint => Some(2),
            Role::Chair | Role::ExecutiveSecretary => Some(1),
            _ => None,
        }
    }

    /// The kind of scope a grant of this role must carry.
    pub fn scope_kind(self) -> ScopeKind {
        match self {
            Role::Administrator
            | Role::Management
            | Role::Treasurer
            | Role::Chair
            | Role::ExecutiveSecretary
            | Role::CommunicationOfficer
            | Role::RipessRepresentative => ScopeKind::Network,
            Role::SubregionCoordinator => ScopeKind::Subregion,
            Role::FocalPoint => ScopeKind::Country,
            Role::EntityRepresentative => ScopeKind::Entity,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    Network,
    Subregion,
    Country,
    Entity,
}

impl ScopeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeKind::Network => "network",
            ScopeKind::Subregion => "subregion",
            ScopeKind::Country => "country",
            ScopeKind::Entity => "entity",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "ref", rename_all = "snake_case")]
pub enum Scope {
    Network,
    Subregion(SubregionCode),
    Country(CountryCode),
    Entity(EntityId),
}

impl Scope {
    pub fn kind(&self) -> ScopeKind {
        match self {
            Scope::Network => ScopeKind::Network,
            Scope::Subregion(_) => ScopeKind::Subregion,
            Scope::Country(_) => ScopeKind::Country,
            Scope::Entity(_) => ScopeKind::Entity,
        }
    }

    /// The scope's reference as stored in a grant row (empty for the network).
    pub fn reference(&self) -> String {
        match self {
            Scope::Network => String::new(),
            Scope::Subregion(s) => s.0.clone(),
            Scope::Country(c) => c.as_str().to_string(),
            Scope::Entity(e) => e.0.to_string(),
        }
    }

    /// Rebuilds a scope from its stored kind and reference.
    pub fn from_parts(kind: &str, reference: &str) -> Option<Scope> {
        match kind {
            "network" => Some(Scope::Network),
            "subregion" if !reference.is_empty() => {
                Some(Scope::Subregion(SubregionCode(reference.to_string())))
            }
            "country" => CountryCode::parse(reference).map(Scope::Country),
            "entity" => reference.parse().ok().map(|id| Scope::Entity(EntityId(id))),
            _ => None,
        }
    }

    fn covers(&self, target: &Target) -> bool {
        match self {
            Scope::Network => true,
            Scope::Subregion(s) => target.subregion.as_ref() == Some(s),
            Scope::Country(c) => target.country.as_ref() == Some(c),
            Scope::Entity(e) => target.entity == Some(*e),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    pub scope: Scope,
}

/// Who is asking: nobody (a visitor) or a signed-in person with their grants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subject {
    pub user: Option<UserId>,
    pub grants: Vec<Grant>,
    pub two_factor: bool,
}

impl Subject {
    pub fn visitor() -> Self {
        Self::default()
    }
}

/// Where the object of an action sits in the network. Callers fill in what the object has:
/// an entity's profile knows its entity, country and sub-region; a network-wide setting none;
/// an object of a whole sub-region (a proposal it decides) its sub-region and its countries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    pub subregion: Option<SubregionCode>,
    pub country: Option<CountryCode>,
    pub entity: Option<EntityId>,
    /// The countries an object of a whole sub-region concerns, for the actions whose rule lets
    /// their focal points act on it.
    pub countries: Vec<CountryCode>,
}

impl Target {
    pub fn network() -> Self {
        Self::default()
    }
    pub fn subregion(subregion: SubregionCode, countries: Vec<CountryCode>) -> Self {
        Self { subregion: Some(subregion), countries, ..Self::default() }
    }
    pub fn country(subregion: SubregionCode, country: CountryCode) -> Self {
        Self { subregion: Some(subregion), country: Some(country), ..Self::default() }
    }
    pub fn entity(subregion: SubregionCode, country: CountryCode, entity: EntityId) -> Self {
        Self { subregion: Some(subregion), country: Some(country), entity: Some(entity), ..Self::default() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    // Platform administration.
    ManageAccounts,
    ManageRoles,
    ViewAuditLog,
    ReadOutbox,
    ManageSettings,
    // Anything a signed-in person may do for themselves (profile, sessions, tokens, applying).
    UseOwnAccount,
    // Membership.
    EndorseApplication,
    ApproveMembership,
    EditEntityProfile,
    /// Move an admitted member into another country network (its country or network
    /// country): what the network sees of a country (its page, target, chat link, voice in
    /// consultations) follows, so its representatives cannot do it by editing the profile.
    MoveEntityCountry,
    /// Countersign, for the network, the MOU a member accepted: irreversible, so management's
    /// alone (with the second factor, as every management grant).
    CountersignMou,
    // Governance.
    OpenProposal,
    /// Open a proposal decided by one sub-region, where management delegates it.
    OpenSubregionProposal,
    StateEntityStance,
    CastCountryPosition,
    /// Plan meetings and assemblies, record attendance, draft minutes.
    ManageMeetings,
    /// Register for a meeting one is invited to (the target is the invited country or
    /// organisation).
    AttendMeeting,
    ApproveMinutes,
    /// Keep the decisions register's follow-up actions.
    ManageDecisions,
    /// Choose how governance works (who may open proposals).
    ConfigureGovernance,
    /// Read proposals, decisions and meetings not marked public.
    ReadMembersOnly,
    // Regional coordination.
    ModerateSubregion,
    ReviewSubregionReports,
    // Content and frameworks.
    PublishContent,
    /// Write and submit a case study for a member organisation (the target is the entity).
    WriteCaseStudy,
    /// Approve a submitted case study of the country's network, or return it with a comment
    /// (the target is the case study's country).
    ReviewCaseStudy,
    /// Appoint and replace country focal points and sub-region coordinators.
    AppointCoordinators,
    /// Keep a country network's own settings, such as its private chat group link.
    CoordinateCountry,
    /// Read what a country network keeps for its own people (its private chat link): the
    /// target is the country, or one of its member organisations.
    ReadCountryNetwork,
    // Academy.
    /// Author and publish Academy courses: management anywhere; a sub-region's coordinators
    /// and a country's focal points for the courses that sub-region or country owns.
    AuthorCourse,
    // Money.
    RecordMoney,
    ApproveDisbursement,
    IssueReceipt,
}

/// A grant of `role` allows the action when its scope covers the target (`Scoped`), whatever
/// its scope (`Anywhere`), or when its country is one of a sub-region object's countries.
#[derive(Debug, Clone, Copy)]
enum Span {
    Scoped,
    Anywhere,
    /// A country grant covers an object of the whole sub-region its country belongs to.
    CountryInSubregion,
}

fn rule(action: Action) -> &'static [(Role, Span)] {
    use Action::*;
    use Role::*;
    use Span::*;
    match action {
        ManageAccounts | ManageRoles | ViewAuditLog | ReadOutbox | ManageSettings => {
            &[(Administrator, Anywhere)]
        }
        UseOwnAccount => &[],
        EndorseApplication | CoordinateCountry => &[(FocalPoint, Scoped), (Management, Anywhere)],
        ReadCountryNetwork => &[(FocalPoint, Scoped), (Management, Anywhere), (EntityRepresentative, Scoped)],
        ApproveMembership | OpenProposal | ApproveMinutes | PublishContent | AppointCoordinators
        | ManageMeetings | ManageDecisions | ConfigureGovernance | MoveEntityCountry | CountersignMou => {
            &[(Management, Anywhere)]
        }
        OpenSubregionProposal => &[(SubregionCoordinator, Scoped), (FocalPoint, CountryInSubregion)],
        AttendMeeting => &[
            (Management, Anywhere),
            (SubregionCoordinator, Anywhere),
            (FocalPoint, Scoped),
            (EntityRepresentative, Scoped),
        ],
        // The network's own people; council offices, the treasurer and administrators act
        // through such grants when they hold them.
        ReadMembersOnly => &[
            (Management, Anywhere),
            (SubregionCoordinator, Anywhere),
            (FocalPoint, Anywhere),
            (EntityRepresentative, Anywhere),
        ],
        EditEntityProfile | WriteCaseStudy => &[(EntityRepresentative, Scoped), (Management, Anywhere)],
        ReviewCaseStudy => &[(FocalPoint, Scoped), (Management, Anywhere)],
        // Only the country's own voices speak for it: management cannot cast a position.
        StateEntityStance => &[(EntityRepresentative, Scoped)],
        CastCountryPosition => &[(FocalPoint, Scoped)],
        ModerateSubregion | ReviewSubregionReports => {
            &[(SubregionCoordinator, Scoped), (Management, Anywhere)]
        }
        AuthorCourse => &[(Management, Anywhere), (SubregionCoordinator, Scoped), (FocalPoint, Scoped)],
        RecordMoney | ApproveDisbursement | IssueReceipt => &[(Treasurer, Anywhere)],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// A visitor must sign in first.
    NotSignedIn,
    /// The person holds a grant that would allow this, but has not turned on two-factor sign-in.
    TwoFactorRequired,
    /// No grant of the person covers this action on this target.
    NoGrant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    Denied(Denial),
}

impl Decision {
    pub fn is_allowed(self) -> bool {
        self == Decision::Allowed
    }
}

/// The platform's permission rule. Every capability asks here.
pub fn decide(subject: &Subject, action: Action, target: &Target) -> Decision {
    if subject.user.is_none() {
        return Decision::Denied(Denial::NotSignedIn);
    }
    if action == Action::UseOwnAccount {
        return Decision::Allowed;
    }
    let mut blocked_by_two_factor = false;
    for grant in &subject.grants {
        let fits = rule(action).iter().any(|(role, reach)| {
            *role == grant.role
                && match reach {
                    Span::Anywhere => true,
                    Span::Scoped => grant.scope.covers(target),
                    Span::CountryInSubregion => match &grant.scope {
                        Scope::Country(c) => target.countries.contains(c),
                        _ => false,
                    },
                }
        });
        if !fits {
            continue;
        }
        if grant.role.needs_two_factor() && !subject.two_factor {
            blocked_by_two_factor = true;
            continue;
        }
        return Decision::Allowed;
    }
    if blocked_by_two_factor {
        Decision::Denied(Denial::TwoFactorRequired)
    } else {
        Decision::Denied(Denial::NoGrant)
    }
}

/// Where a subject may do an action: everywhere, or within the scopes of their grants that
/// allow it. Lists ("the applications I may endorse") filter by it; a single object is still
/// decided by [`decide`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    pub everywhere: bool,
    pub scopes: Vec<Scope>,
    /// A grant would allow the action but its holder has not passed the second factor.
    pub blocked_by_two_factor: bool,
}

impl Reach {
    pub fn is_empty(&self) -> bool {
        !self.everywhere && self.scopes.is_empty()
    }

    /// The countries of country-scoped grants (a focal point's), whatever `everywhere` says.
    pub fn countries(&self) -> Vec<CountryCode> {
        self.scopes
            .iter()
            .filter_map(|s| match s {
                Scope::Country(c) => Some(c.clone()),
                _ => None,
            })
            .collect()
    }

    /// The entities of entity-scoped grants (a representative's).
    pub fn entities(&self) -> Vec<EntityId> {
        self.scopes
            .iter()
            .filter_map(|s| match s {
                Scope::Entity(e) => Some(*e),
                _ => None,
            })
            .collect()
    }

    pub fn subregions(&self) -> Vec<SubregionCode> {
        self.scopes
            .iter()
            .filter_map(|s| match s {
                Scope::Subregion(r) => Some(r.clone()),
                _ => None,
            })
            .collect()
    }
}

/// The reach of a subject for an action, under the same rules as [`decide`].
pub fn reach(subject: &Subject, action: Action) -> Reach {
    let mut out = Reach::default();
    if subject.user.is_none() {
        return out;
    }
    if action == Action::UseOwnAccount {
        out.everywhere = true;
        return out;
    }
    for grant in &subject.grants {
        let Some((_, how)) = rule(action).iter().find(|(role, _)| *role == grant.role) else {
            continue;
        };
        if grant.role.needs_two_factor() && !subject.two_factor {
            out.blocked_by_two_factor = true;
            continue;
        }
        match (how, &grant.scope) {
            (Span::Anywhere, _) | (Span::Scoped, Scope::Network) => out.everywhere = true,
            (Span::Scoped | Span::CountryInSubregion, scope) => {
                if !out.scopes.contains(scope) {
                    out.scopes.push(scope.clone());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn cc(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }
    fn sr(code: &str) -> SubregionCode {
        SubregionCode(code.into())
    }
    fn person(grants: Vec<Grant>, two_factor: bool) -> Subject {
        Subject { user: Some(UserId(1)), grants, two_factor }
    }
    fn grant(role: Role, scope: Scope) -> Grant {
        Grant { role, scope }
    }
    fn indonesia() -> Target {
        Target::country(sr("southeast-asia"), cc("ID"))
    }
    fn india() -> Target {
        Target::country(sr("south-asia"), cc("IN"))
    }
    fn entity_in_indonesia(id: i64) -> Target {
        Target::entity(sr("southeast-asia"), cc("ID"), EntityId(id))
    }
    fn allowed(s: &Subject, a: Action, t: &Target) -> bool {
        decide(s, a, t).is_allowed()
    }

    const ADMIN_ACTIONS: [Action; 5] =
        [ManageAccounts, ManageRoles, ViewAuditLog, ReadOutbox, ManageSettings];

    #[test]
    fn visitors_must_sign_in_for_everything() {
        let visitor = Subject::visitor();
        for action in [UseOwnAccount, ManageAccounts, EndorseApplication, CastCountryPosition] {
            assert_eq!(decide(&visitor, action, &Target::network()), Decision::Denied(Denial::NotSignedIn));
        }
    }

    #[test]
    fn registered_users_manage_only_their_own_account() {
        let user = person(vec![], false);
        assert!(allowed(&user, UseOwnAccount, &Target::network()));
        for action in ADMIN_ACTIONS {
            assert_eq!(decide(&user, action, &Target::network()), Decision::Denied(Denial::NoGrant));
        }
        assert!(!allowed(&user, EndorseApplication, &indonesia()));
        assert!(!allowed(&user, ApproveMembership, &indonesia()));
    }

    #[test]
    fn administrator_runs_the_platform_only_with_two_factor() {
        let with = person(vec![grant(Role::Administrator, Scope::Network)], true);
        let without = person(vec![grant(Role::Administrator, Scope::Network)], false);
        for action in ADMIN_ACTIONS {
            assert!(allowed(&with, action, &Target::network()), "{action:?}");
            assert_eq!(
                decide(&without, action, &Target::network()),
                Decision::Denied(Denial::TwoFactorRequired)
            );
        }
        // Administration is not membership or money.
        assert!(!allowed(&with, ApproveMembership, &indonesia()));
        assert!(!allowed(&with, RecordMoney, &Target::network()));
        assert!(!allowed(&with, CastCountryPosition, &indonesia()));
    }

    #[test]
    fn management_acts_network_wide_with_two_factor() {
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        for action in [ApproveMembership, OpenProposal, ApproveMinutes, PublishContent, AppointCoordinators] {
            assert!(allowed(&m, action, &Target::network()), "{action:?}");
        }
        assert!(allowed(&m, EndorseApplication, &india()));
        assert!(allowed(&m, CoordinateCountry, &india()));
        assert!(allowed(&m, EndorseApplication, &indonesia()));
        assert!(allowed(&m, EditEntityProfile, &entity_in_indonesia(7)));
        assert!(allowed(&m, ModerateSubregion, &india()));
        // Management does not speak for a country or an entity, nor run the platform or money.
        assert!(!allowed(&m, CastCountryPosition, &indonesia()));
        assert!(!allowed(&m, StateEntityStance, &entity_in_indonesia(7)));
        assert!(!allowed(&m, ManageRoles, &Target::network()));
        assert!(!allowed(&m, RecordMoney, &Target::network()));
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        assert_eq!(
            decide(&m_without, ApproveMembership, &Target::network()),
            Decision::Denied(Denial::TwoFactorRequired)
        );
    }

    #[test]
    fn treasurer_handles_money_only_with_two_factor() {
        let t = person(vec![grant(Role::Treasurer, Scope::Network)], true);
        for action in [RecordMoney, ApproveDisbursement, IssueReceipt] {
            assert!(allowed(&t, action, &Target::network()));
        }
        assert!(!allowed(&t, ApproveMembership, &Target::network()));
        assert!(!allowed(&t, ManageAccounts, &Target::network()));
        let t_without = person(vec![grant(Role::Treasurer, Scope::Network)], false);
        assert_eq!(
            decide(&t_without, RecordMoney, &Target::network()),
            Decision::Denied(Denial::TwoFactorRequired)
        );
    }

    #[test]
    fn focal_point_acts_only_in_their_own_country() {
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("ID")))], false);
        assert!(allowed(&fp, EndorseApplication, &indonesia()));
        assert!(allowed(&fp, CastCountryPosition, &indonesia()));
        assert!(allowed(&fp, CoordinateCountry, &indonesia()));
        assert!(!allowed(&fp, CoordinateCountry, &india()));
        assert!(!allowed(&fp, EndorseApplication, &india()));
        assert!(!allowed(&fp, CastCountryPosition, &india()));
        assert!(!allowed(&fp, ApproveMembership, &indonesia()));
        assert!(!allowed(&fp, EditEntityProfile, &entity_in_indonesia(7)));
        assert!(!allowed(&fp, ModerateSubregion, &indonesia()));
    }

    #[test]
    fn subregion_coordinator_acts_only_in_their_sub_region() {
        let sc = person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("south-asia")))], false);
        assert!(allowed(&sc, ModerateSubregion, &india()));
        assert!(allowed(&sc, ReviewSubregionReports, &india()));
        assert!(!allowed(&sc, ModerateSubregion, &indonesia()));
        assert!(!allowed(&sc, EndorseApplication, &india()));
        assert!(!allowed(&sc, CastCountryPosition, &india()));
    }

    #[test]
    fn representative_speaks_only_for_their_own_entity() {
        let rep = person(vec![grant(Role::EntityRepresentative, Scope::Entity(EntityId(7)))], false);
        assert!(allowed(&rep, EditEntityProfile, &entity_in_indonesia(7)));
        assert!(allowed(&rep, StateEntityStance, &entity_in_indonesia(7)));
        assert!(!allowed(&rep, EditEntityProfile, &entity_in_indonesia(8)));
        assert!(!allowed(&rep, StateEntityStance, &entity_in_indonesia(8)));
        assert!(!allowed(&rep, CastCountryPosition, &indonesia()));
        assert!(!allowed(&rep, EndorseApplication, &indonesia()));
    }

    #[test]
    fn case_studies_are_written_by_their_organisation_and_reviewed_by_their_country() {
        let rep = person(vec![grant(Role::EntityRepresentative, Scope::Entity(EntityId(7)))], false);
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("ID")))], false);
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        assert!(allowed(&rep, WriteCaseStudy, &entity_in_indonesia(7)));
        assert!(!allowed(&rep, WriteCaseStudy, &entity_in_indonesia(8)));
        assert!(!allowed(&rep, ReviewCaseStudy, &indonesia()));
        assert!(!allowed(&rep, PublishContent, &Target::network()));
        assert!(allowed(&fp, ReviewCaseStudy, &indonesia()));
        assert!(!allowed(&fp, ReviewCaseStudy, &india()));
        assert!(!allowed(&fp, WriteCaseStudy, &entity_in_indonesia(7)));
        assert!(!allowed(&fp, PublishContent, &Target::network()));
        for action in [WriteCaseStudy, ReviewCaseStudy, PublishContent] {
            let t = if action == WriteCaseStudy { entity_in_indonesia(7) } else { indonesia() };
            assert!(allowed(&m, action, &t), "{action:?}");
            assert_eq!(decide(&m_without, action, &t), Decision::Denied(Denial::TwoFactorRequired));
            assert_eq!(decide(&Subject::visitor(), action, &t), Decision::Denied(Denial::NotSignedIn));
        }
        let sc =
            person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("southeast-asia")))], false);
        assert!(!allowed(&sc, ReviewCaseStudy, &indonesia()));
        assert!(!allowed(&sc, WriteCaseStudy, &entity_in_indonesia(7)));
    }

    #[test]
    fn a_second_grant_can_allow_what_a_blocked_one_cannot() {
        // Management without two-factor, but also focal point of Indonesia: the focal point
        // grant still lets them endorse Indonesian applications, and nothing more.
        let both = person(
            vec![grant(Role::Management, Scope::Network), grant(Role::FocalPoint, Scope::Country(cc("ID")))],
            false,
        );
        assert!(allowed(&both, EndorseApplication, &indonesia()));
        assert_eq!(decide(&both, EndorseApplication, &india()), Decision::Denied(Denial::TwoFactorRequired));
    }

    #[test]
    fn scopes_round_trip_through_their_stored_form() {
        for scope in [
            Scope::Network,
            Scope::Subregion(sr("east-asia")),
            Scope::Country(cc("JP")),
            Scope::Entity(EntityId(42)),
        ] {
            let back = Scope::from_parts(scope.kind().as_str(), &scope.reference());
            assert_eq!(back, Some(scope));
        }
        assert_eq!(Scope::from_parts("country", "Japan"), None);
        assert_eq!(Scope::from_parts("galaxy", ""), None);
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
    }

    #[test]
    fn council_offices_carry_no_powers_of_their_own() {
        for office in
            [Role::Chair, Role::ExecutiveSecretary, Role::CommunicationOfficer, Role::RipessRepresentative]
        {
            assert_eq!(office.scope_kind(), ScopeKind::Network);
            let holder = person(vec![grant(office, Scope::Network)], true);
            for action in [ApproveMembership, OpenProposal, ApproveMinutes, PublishContent, ManageAccounts] {
                assert!(!allowed(&holder, action, &Target::network()), "{office:?} {action:?}");
            }
            assert!(!allowed(&holder, CastCountryPosition, &indonesia()));
        }
        assert_eq!(Role::Chair.max_holders_per_scope(), Some(1));
        assert_eq!(Role::ExecutiveSecretary.max_holders_per_scope(), Some(1));
        assert_eq!(Role::CommunicationOfficer.max_holders_per_scope(), None);
    }

    fn southeast_asia() -> Target {
        Target::subregion(sr("southeast-asia"), vec![cc("ID"), cc("MY"), cc("PH")])
    }

    #[test]
    fn governance_is_run_by_management_and_delegated_within_a_sub_region() {
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("ID")))], false);
        let fp_india = person(vec![grant(Role::FocalPoint, Scope::Country(cc("IN")))], false);
        let sc =
            person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("southeast-asia")))], false);
        let sc_south =
            person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("south-asia")))], false);
        let rep = person(vec![grant(Role::EntityRepresentative, Scope::Entity(EntityId(7)))], false);
        let chair = person(vec![grant(Role::Chair, Scope::Network)], true);
        for action in [ManageMeetings, ManageDecisions, ConfigureGovernance, OpenProposal] {
            assert!(allowed(&m, action, &Target::network()), "{action:?}");
            assert_eq!(
                decide(&m_without, action, &Target::network()),
                Decision::Denied(Denial::TwoFactorRequired)
            );
            for other in [&fp, &sc, &rep, &chair] {
                assert!(!allowed(other, action, &Target::network()), "{action:?}");
            }
        }
        // Delegated opening: the sub-region's coordinators and its countries' focal points.
        assert!(allowed(&fp, OpenSubregionProposal, &southeast_asia()));
        assert!(allowed(&sc, OpenSubregionProposal, &southeast_asia()));
        assert!(!allowed(&fp_india, OpenSubregionProposal, &southeast_asia()));
        assert!(!allowed(&sc_south, OpenSubregionProposal, &southeast_asia()));
        assert!(!allowed(&rep, OpenSubregionProposal, &southeast_asia()));
        assert!(!allowed(&fp, OpenSubregionProposal, &Target::network()));
        // A sub-region's list of countries lets no focal point act for one of them.
        assert!(!allowed(&fp, CastCountryPosition, &southeast_asia()));
    }

    #[test]
    fn courses_are_authored_by_management_and_by_their_own_country_or_sub_region() {
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("ID")))], false);
        let sc =
            person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("southeast-asia")))], false);
        let sc_south =
            person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("south-asia")))], false);
        let rep = person(vec![grant(Role::EntityRepresentative, Scope::Entity(EntityId(7)))], false);
        let learner = person(vec![], false);
        for target in [Target::network(), southeast_asia(), indonesia()] {
            assert!(allowed(&m, AuthorCourse, &target));
            assert!(!allowed(&rep, AuthorCourse, &target));
            assert!(!allowed(&learner, AuthorCourse, &target));
            assert!(!allowed(&sc_south, AuthorCourse, &target));
        }
        assert!(allowed(&fp, AuthorCourse, &indonesia()));
        assert!(!allowed(&fp, AuthorCourse, &india()));
        assert!(!allowed(&fp, AuthorCourse, &southeast_asia()));
        assert!(!allowed(&fp, AuthorCourse, &Target::network()));
        assert!(allowed(&sc, AuthorCourse, &southeast_asia()));
        assert!(allowed(&sc, AuthorCourse, &indonesia()));
        assert!(!allowed(&sc, AuthorCourse, &india()));
        assert!(!allowed(&sc, AuthorCourse, &Target::network()));
    }

    #[test]
    fn meetings_are_attended_by_those_invited_in_their_scope() {
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("ID")))], false);
        let sc = person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("south-asia")))], false);
        let rep = person(vec![grant(Role::EntityRepresentative, Scope::Entity(EntityId(7)))], false);
        let chair = person(vec![grant(Role::Chair, Scope::Network)], true);
        let nobody = person(vec![], false);
        assert!(allowed(&m, AttendMeeting, &indonesia()));
        assert!(allowed(&sc, AttendMeeting, &indonesia()));
        assert!(allowed(&fp, AttendMeeting, &indonesia()));
        assert!(!allowed(&fp, AttendMeeting, &india()));
        assert!(allowed(&rep, AttendMeeting, &entity_in_indonesia(7)));
        assert!(!allowed(&rep, AttendMeeting, &entity_in_indonesia(8)));
        assert!(!allowed(&rep, AttendMeeting, &indonesia()));
        assert!(!allowed(&chair, AttendMeeting, &indonesia()));
        assert!(!allowed(&nobody, AttendMeeting, &indonesia()));
    }

    #[test]
    fn members_only_records_are_read_by_the_networks_people() {
        for g in [
            grant(Role::Management, Scope::Network),
            grant(Role::SubregionCoordinator, Scope::Subregion(sr("south-asia"))),
            grant(Role::FocalPoint, Scope::Country(cc("IN"))),
            grant(Role::EntityRepresentative, Scope::Entity(EntityId(3))),
        ] {
            let holder = person(vec![g.clone()], true);
            assert!(allowed(&holder, ReadMembersOnly, &Target::network()), "{g:?}");
        }
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        assert_eq!(
            decide(&m_without, ReadMembersOnly, &Target::network()),
            Decision::Denied(Denial::TwoFactorRequired)
        );
        for role in
            [Role::Chair, Role::ExecutiveSecretary, Role::CommunicationOfficer, Role::RipessRepresentative]
        {
            let office = person(vec![grant(role, Scope::Network)], true);
            assert!(!allowed(&office, ReadMembersOnly, &Target::network()), "{role:?}");
        }
        assert!(!allowed(&person(vec![], false), ReadMembersOnly, &Target::network()));
        assert!(!allowed(&Subject::visitor(), ReadMembersOnly, &Target::network()));
    }

    #[test]
    fn reach_lists_where_an_action_is_allowed() {
        let both = person(
            vec![
                grant(Role::FocalPoint, Scope::Country(cc("ID"))),
                grant(Role::FocalPoint, Scope::Country(cc("MY"))),
                grant(Role::EntityRepresentative, Scope::Entity(EntityId(7))),
            ],
            false,
        );
        let r = reach(&both, EndorseApplication);
        assert!(!r.everywhere);
        assert_eq!(r.countries(), vec![cc("ID"), cc("MY")]);
        assert!(r.entities().is_empty());
        assert_eq!(reach(&both, StateEntityStance).entities(), vec![EntityId(7)]);
        assert!(reach(&both, ApproveMembership).is_empty());

        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        assert!(reach(&m, EndorseApplication).everywhere);
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        let blocked = reach(&m_without, EndorseApplication);
        assert!(blocked.is_empty() && blocked.blocked_by_two_factor);

        let sc = person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("east-asia")))], false);
        assert_eq!(reach(&sc, ModerateSubregion).subregions(), vec![sr("east-asia")]);
        assert!(reach(&Subject::visitor(), UseOwnAccount).is_empty());
        assert!(reach(&person(vec![], false), UseOwnAccount).everywhere);
    }

    #[test]
    fn a_country_networks_own_people_read_what_it_keeps_for_them() {
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("ID")))], false);
        let rep = person(vec![grant(Role::EntityRepresentative, Scope::Entity(EntityId(7)))], false);
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        let sc =
            person(vec![grant(Role::SubregionCoordinator, Scope::Subregion(sr("southeast-asia")))], false);
        assert!(allowed(&fp, ReadCountryNetwork, &indonesia()));
        assert!(!allowed(&fp, ReadCountryNetwork, &india()));
        assert!(allowed(&m, ReadCountryNetwork, &india()));
        assert!(allowed(&rep, ReadCountryNetwork, &entity_in_indonesia(7)));
        assert!(!allowed(&rep, ReadCountryNetwork, &indonesia()));
        assert!(!allowed(&rep, ReadCountryNetwork, &entity_in_indonesia(8)));
        assert!(!allowed(&sc, ReadCountryNetwork, &indonesia()));
        assert_eq!(reach(&rep, ReadCountryNetwork).entities(), vec![EntityId(7)]);
    }

    #[test]
    fn each_role_has_its_scope_its_second_factor_and_its_number_of_holders() {
        use Role::*;
        for (role, kind, two_factor, max) in [
            (Administrator, ScopeKind::Network, true, None),
            (Management, ScopeKind::Network, true, None),
            (Treasurer, ScopeKind::Network, true, None),
            (SubregionCoordinator, ScopeKind::Subregion, false, None),
            (FocalPoint, ScopeKind::Country, false, Some(2)),
            (EntityRepresentative, ScopeKind::Entity, false, None),
            (Chair, ScopeKind::Network, false, Some(1)),
            (ExecutiveSecretary, ScopeKind::Network, false, Some(1)),
            (CommunicationOfficer, ScopeKind::Network, false, None),
            (RipessRepresentative, ScopeKind::Network, false, None),
        ] {
            assert_eq!(role.scope_kind(), kind, "{role:?}");
            assert_eq!(role.needs_two_factor(), two_factor, "{role:?}");
            assert_eq!(role.max_holders_per_scope(), max, "{role:?}");
        }
        assert_eq!(Role::parse("focal point"), None);
    }

    #[test]
    fn stored_scopes_need_their_reference() {
        assert_eq!(Scope::from_parts("subregion", ""), None);
        assert_eq!(Scope::from_parts("country", ""), None);
        assert_eq!(Scope::from_parts("entity", ""), None);
        assert_eq!(Scope::from_parts("entity", "seven"), None);
        assert_eq!(Scope::from_parts("network", ""), Some(Scope::Network));
        assert_eq!(Scope::Network.reference(), "");
        assert_eq!(Scope::Entity(EntityId(42)).reference(), "42");
        for kind in [ScopeKind::Network, ScopeKind::Subregion, ScopeKind::Country, ScopeKind::Entity] {
            assert!(!kind.as_str().is_empty());
        }
    }

    #[test]
    fn targets_hold_what_they_are_built_with() {
        assert_eq!(Subject::visitor(), Subject { user: None, grants: vec![], two_factor: false });
        assert_eq!(
            Target::network(),
            Target { subregion: None, country: None, entity: None, countries: vec![] }
        );
        assert_eq!(
            Target::subregion(sr("south-asia"), vec![cc("IN")]),
            Target {
                subregion: Some(sr("south-asia")),
                country: None,
                entity: None,
                countries: vec![cc("IN")]
            }
        );
        assert_eq!(
            Target::country(sr("south-asia"), cc("IN")),
            Target {
                subregion: Some(sr("south-asia")),
                country: Some(cc("IN")),
                entity: None,
                countries: vec![]
            }
        );
        assert_eq!(
            Target::entity(sr("south-asia"), cc("IN"), EntityId(3)),
            Target {
                subregion: Some(sr("south-asia")),
                country: Some(cc("IN")),
                entity: Some(EntityId(3)),
                countries: vec![]
            }
        );
    }

    #[test]
    fn a_focal_point_grant_without_a_country_covers_no_sub_region() {
        let odd = person(vec![grant(Role::FocalPoint, Scope::Entity(EntityId(1)))], false);
        assert_eq!(decide(&odd, OpenSubregionProposal, &southeast_asia()), Decision::Denied(Denial::NoGrant));
        assert!(!Decision::Denied(Denial::NoGrant).is_allowed());
        assert!(Decision::Allowed.is_allowed());
    }

    #[test]
    fn reach_of_a_network_grant_is_everywhere_and_scopes_are_listed_once() {
        let r = reach(&person(vec![grant(Role::FocalPoint, Scope::Network)], false), EndorseApplication);
        assert!(r.everywhere && r.scopes.is_empty() && !r.is_empty());
        let twice = person(
            vec![
                grant(Role::FocalPoint, Scope::Country(cc("ID"))),
                grant(Role::FocalPoint, Scope::Country(cc("ID"))),
            ],
            false,
        );
        let r = reach(&twice, EndorseApplication);
        assert_eq!(r.scopes, vec![Scope::Country(cc("ID"))]);
        assert!(!r.everywhere && !r.is_empty() && !r.blocked_by_two_factor);
        assert_eq!(r.countries(), vec![cc("ID")]);
        assert!(r.subregions().is_empty() && r.entities().is_empty());
        // Delegated opening reaches the focal point's own country.
        let fp = person(vec![grant(Role::FocalPoint, Scope::Country(cc("MY")))], false);
        assert_eq!(reach(&fp, OpenSubregionProposal).countries(), vec![cc("MY")]);
        // Management with two-factor reaches everywhere without being blocked.
        let m = reach(&person(vec![grant(Role::Management, Scope::Network)], true), ApproveMembership);
        assert!(m.everywhere && !m.blocked_by_two_factor);
        let mixed = Reach {
            everywhere: false,
            scopes: vec![
                Scope::Subregion(sr("east-asia")),
                Scope::Entity(EntityId(9)),
                Scope::Country(cc("JP")),
            ],
            blocked_by_two_factor: false,
        };
        assert_eq!(mixed.subregions(), vec![sr("east-asia")]);
        assert_eq!(mixed.entities(), vec![EntityId(9)]);
        assert_eq!(mixed.countries(), vec![cc("JP")]);
    }

    #[test]
    fn only_management_moves_a_member_into_another_country_network() {
        let entity = entity_in_indonesia(7);
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        assert!(allowed(&m, MoveEntityCountry, &entity));
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        assert_eq!(
            decide(&m_without, MoveEntityCountry, &entity),
            Decision::Denied(Denial::TwoFactorRequired)
        );
        for g in [
            grant(Role::EntityRepresentative, Scope::Entity(EntityId(7))),
            grant(Role::FocalPoint, Scope::Country(cc("ID"))),
            grant(Role::FocalPoint, Scope::Country(cc("MY"))),
            grant(Role::SubregionCoordinator, Scope::Subregion(sr("southeast-asia"))),
            grant(Role::Administrator, Scope::Network),
            grant(Role::Treasurer, Scope::Network),
        ] {
            let s = person(vec![g.clone()], true);
            assert_eq!(decide(&s, MoveEntityCountry, &entity), Decision::Denied(Denial::NoGrant), "{g:?}");
        }
        assert_eq!(
            decide(&Subject::visitor(), MoveEntityCountry, &entity),
            Decision::Denied(Denial::NotSignedIn)
        );
    }

    #[test]
    fn only_management_with_the_second_factor_countersigns_an_mou() {
        let entity = entity_in_indonesia(7);
        let m = person(vec![grant(Role::Management, Scope::Network)], true);
        assert!(allowed(&m, CountersignMou, &entity));
        assert!(allowed(&m, CountersignMou, &Target::network()));
        assert!(reach(&m, CountersignMou).everywhere);
        let m_without = person(vec![grant(Role::Management, Scope::Network)], false);
        assert_eq!(decide(&m_without, CountersignMou, &entity), Decision::Denied(Denial::TwoFactorRequired));
        let blocked = reach(&m_without, CountersignMou);
        assert!(blocked.is_empty() && blocked.blocked_by_two_factor);
        // The member's own representative and its country's focal point may not sign for the
        // network, nor anyone else, with the second factor or without.
        for g in [
            grant(Role::EntityRepresentative, Scope::Entity(EntityId(7))),
            grant(Role::FocalPoint, Scope::Country(cc("ID"))),
            grant(Role::SubregionCoordinator, Scope::Subregion(sr("southeast-asia"))),
            grant(Role::Administrator, Scope::Network),
            grant(Role::Treasurer, Scope::Network),
            grant(Role::Chair, Scope::Network),
            grant(Role::ExecutiveSecretary, Scope::Network),
        ] {
            for two_factor in [true, false] {
                let s = person(vec![g.clone()], two_factor);
                assert_eq!(decide(&s, CountersignMou, &entity), Decision::Denied(Denial::NoGrant), "{g:?}");
                assert!(reach(&s, CountersignMou).is_empty(), "{g:?}");
            }
        }
        assert_eq!(decide(&person(vec![], true), CountersignMou, &entity), Decision::Denied(Denial::NoGrant));
        assert_eq!(
            decide(&Subject::visitor(), CountersignMou, &entity),
            Decision::Denied(Denial::NotSignedIn)
        );
    }
}
