//! The council's decision rules, pure: how country positions become an outcome, and what a
//! proposal must hold before it opens.

use chrono::{DateTime, NaiveDateTime, Utc};
use kernel::ReferenceData;

/// How a proposal is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Passes with no block and at least the quorum of countries taking part.
    Consensus,
    /// Passes when more countries agree than disagree.
    Majority,
    /// Passes when at least two thirds of the countries that agree or disagree agree.
    TwoThirds,
}

impl Rule {
    pub const ALL: [Rule; 3] = [Rule::Consensus, Rule::Majority, Rule::TwoThirds];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Consensus => "consensus",
            Rule::Majority => "majority",
            Rule::TwoThirds => "two_thirds",
        }
    }

    pub fn parse(raw: &str) -> Option<Rule> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    pub fn label_key(self) -> String {
        format!("rule-{}", self.as_str().replace('_', "-"))
    }

    /// The answers a country (or an entity) may give: a block only under consensus.
    pub fn answers(self) -> &'static [Answer] {
        match self {
            Rule::Consensus => &[Answer::Agree, Answer::Abstain, Answer::Disagree, Answer::Block],
            _ => &[Answer::Agree, Answer::Abstain, Answer::Disagree],
        }
    }
}

/// A country's position, or a member entity's stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Agree,
    Abstain,
    Disagree,
    Block,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Agree, Answer::Abstain, Answer::Disagree, Answer::Block];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Agree => "agree",
            Answer::Abstain => "abstain",
            Answer::Disagree => "disagree",
            Answer::Block => "block",
        }
    }

    pub fn parse(raw: &str) -> Option<Answer> {
        Self::ALL.into_iter().find(|a| a.as_str() == raw)
    }

    pub fn label_key(self) -> String {
        format!("answer-{}", self.as_str())
    }
}

/// The outcome of a closed proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Rejected,
    /// A country blocked a consensus.
    Blocked,
    /// Fewer countries than the quorum took part.
    NoQuorum,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Rejected => "rejected",
            Outcome::Blocked => "blocked",
            Outcome::NoQuorum => "no_quorum",
        }
    }

    pub fn parse(raw: &str) -> Option<Outcome> {
        [Outcome::Passed, Outcome::Rejected, Outcome::Blocked, Outcome::NoQuorum]
            .into_iter()
            .find(|o| o.as_str() == raw)
    }

    pub fn label_key(self) -> String {
        format!("outcome-{}", self.as_str().replace('_', "-"))
    }
}

/// Counted positions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub agree: u32,
    pub abstain: u32,
    pub disagree: u32,
    pub block: u32,
}

impl Tally {
    pub fn of(positions: &[Answer]) -> Tally {
        let mut t = Tally::default();
        for p in positions {
            match p {
                Answer::Agree => t.agree += 1,
                Answer::Abstain => t.abstain += 1,
                Answer::Disagree => t.disagree += 1,
                Answer::Block => t.block += 1,
            }
        }
        t
    }

    /// Countries that took a position, abstaining included.
    pub fn taking_part(&self) -> u32 {
        self.agree + self.abstain + self.disagree + self.block
    }
}

/// The outcome of the countries' positions under `rule`. Abstentions count toward the quorum
/// but not toward a majority; a country without a position (or without a focal point to cast
/// one) does not take part. Under a majority rule a block counts as a disagreement.
pub fn decide(rule: Rule, positions: &[Answer], quorum: u32) -> Outcome {
    let t = Tally::of(positions);
    if t.taking_part() < quorum.max(1) {
        return Outcome::NoQuorum;
    }
    let against = t.disagree + t.block;
    match rule {
        Rule::Consensus if t.block > 0 => Outcome::Blocked,
        Rule::Consensus => Outcome::Passed,
        Rule::Majority if t.agree > against => Outcome::Passed,
        Rule::TwoThirds if t.agree > 0 && 3 * t.agree >= 2 * (t.agree + against) => Outcome::Passed,
        Rule::Majority | Rule::TwoThirds => Outcome::Rejected,
    }
}

/// A proposal as typed in the form.
#[derive(Debug, Clone, Default)]
pub struct ProposalForm {
    pub title: String,
    pub background: String,
    pub question: String,
    pub rule: String,
    /// Empty for the whole network, or a sub-region code.
    pub subregion: String,
    pub quorum: String,
    /// `YYYY-MM-DDTHH:MM`, UTC.
    pub opens_at: String,
    pub closes_at: String,
    pub public: bool,
}

/// A checked proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub title: String,
    pub background: String,
    pub question: String,
    pub rule: Rule,
    pub subregion: Option<String>,
    pub quorum: u32,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub public: bool,
}

/// The network's countries that decide: all, or a sub-region's.
pub fn deciding_countries(r: &ReferenceData, subregion: Option<&str>) -> Vec<String> {
    r.countries
        .iter()
        .filter(|c| subregion.is_none_or(|s| c.subregion.0 == s))
        .map(|c| c.code.as_str().to_string())
        .collect()
}

fn moment(raw: &str) -> Option<DateTime<Utc>> {
    let raw = raw.trim();
    NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M"))
        .ok()
        .map(|t| t.and_utc())
}

pub fn check_proposal(
    f: &ProposalForm,
    r: &ReferenceData,
    now: DateTime<Utc>,
) -> Result<Proposal, web::FieldErrors> {
    use kernel::validate::too_long;
    let mut e = web::FieldErrors::default();
    let title = f.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        e.add("title", "error-proposal-title-required");
    } else if too_long(&title, 200) {
        e.add("title", "error-too-long");
    }
    let question = f.question.trim().to_string();
    if question.is_empty() {
        e.add("question", "error-proposal-question-required");
    } else if too_long(&question, 1000) {
        e.add("question", "error-too-long");
    }
    let background = f.background.trim().to_string();
    if too_long(&background, 20_000) {
        e.add("background", "error-too-long");
    }
    let rule = Rule::parse(f.rule.trim());
    if rule.is_none() {
        e.add("rule", "error-rule-unknown");
    }
    let subregion = Some(f.subregion.trim().to_string()).filter(|s| !s.is_empty());
    if subregion.as_deref().is_some_and(|s| !r.subregions.iter().any(|x| x.code.0 == s)) {
        e.add("subregion", "error-subregion-unknown");
    }
    let deciding = deciding_countries(r, subregion.as_deref()).len() as u32;
    let quorum = match f.quorum.trim().parse::<u32>() {
        Ok(0) | Err(_) => {
            e.add("quorum", "error-quorum");
            0
        }
        Ok(q) if q > deciding && !e.has("subregion") => {
            e.add("quorum", "error-quorum-too-large");
            q
        }
        Ok(q) => q,
    };
    let opens_at = match f.opens_at.trim() {
        "" => Some(now),
        raw => moment(raw).or_else(|| {
            e.add("opens_at", "error-moment");
            None
        }),
    };
    let closes_at = moment(&f.closes_at).or_else(|| {
        e.add("closes_at", "error-moment");
        None
    });
    if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
        if closes <= opens {
            e.add("closes_at", "error-closes-before-opens");
        } else if closes <= now {
            e.add("closes_at", "error-closes-in-past");
        }
    }
    let (Some(rule), Some(opens_at), Some(closes_at), true) = (rule, opens_at, closes_at, e.is_empty())
    else {
        return Err(e);
    };
    Ok(Proposal {
        title,
        background,
        question,
        rule,
        subregion,
        quorum,
        opens_at,
        closes_at,
        public: f.public,
    })
}

/// Where a proposal stands at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Upcoming,
    Open,
    Closed,
}

pub fn phase(opens_at: DateTime<Utc>, closes_at: DateTime<Utc>, closed: bool, now: DateTime<Utc>) -> Phase {
    if closed || now >= closes_at {
        Phase::Closed
    } else if now < opens_at {
        Phase::Upcoming
    } else {
        Phase::Open
    }
}

/// A stance or position, checked: a block needs a reason; a block only under consensus.
pub fn check_answer(rule: Rule, answer: &str, reason: &str) -> Result<(Answer, String), &'static str> {
    let answer =
        Answer::parse(answer.trim()).filter(|a| rule.answers().contains(a)).ok_or("error-answer-unknown")?;
    let reason = reason.trim().to_string();
    if answer == Answer::Block && reason.is_empty() {
        return Err("error-block-needs-reason");
    }
    if kernel::validate::too_long(&reason, 2000) {
        return Err("error-too-long");
    }
    Ok((answer, reason))
}

/// Reminders go this long before closing to focal points whose country has no position.
pub const REMINDER_BEFORE_HOURS: i64 = 48;

#[cfg(test)]
mod tests {
    use super::*;
    use Answer::*;

    #[test]
    fn consensus_passes_without_a_block_and_with_the_quorum() {
        assert_eq!(decide(Rule::Consensus, &[Agree, Agree, Abstain], 3), Outcome::Passed);
        assert_eq!(
            decide(Rule::Consensus, &[Agree, Disagree, Agree], 3),
            Outcome::Passed,
            "disagreeing is not blocking"
        );
        assert_eq!(decide(Rule::Consensus, &[Agree, Agree, Block], 3), Outcome::Blocked);
        assert_eq!(decide(Rule::Consensus, &[Agree, Agree], 3), Outcome::NoQuorum, "quorum missed");
        assert_eq!(
            decide(Rule::Consensus, &[Abstain, Abstain, Abstain], 3),
            Outcome::Passed,
            "abstentions make the quorum"
        );
        assert_eq!(decide(Rule::Consensus, &[], 1), Outcome::NoQuorum, "nobody took part");
    }

    #[test]
    fn a_simple_majority_needs_more_agreeing_than_disagreeing() {
        assert_eq!(decide(Rule::Majority, &[Agree, Agree, Disagree], 2), Outcome::Passed);
        assert_eq!(decide(Rule::Majority, &[Agree, Disagree], 2), Outcome::Rejected, "a tie rejects");
        assert_eq!(
            decide(Rule::Majority, &[Agree, Abstain, Abstain, Abstain], 4),
            Outcome::Passed,
            "abstentions do not count"
        );
        assert_eq!(decide(Rule::Majority, &[Abstain, Abstain], 2), Outcome::Rejected, "nobody agreed");
        assert_eq!(
            decide(Rule::Majority, &[Agree, Agree, Block, Disagree], 4),
            Outcome::Rejected,
            "a block is a no"
        );
        assert_eq!(decide(Rule::Majority, &[Agree], 2), Outcome::NoQuorum);
    }

    #[test]
    fn two_thirds_counts_agreeing_against_those_who_took_a_side() {
        assert_eq!(
            decide(Rule::TwoThirds, &[Agree, Agree, Disagree], 3),
            Outcome::Passed,
            "exactly two thirds"
        );
        assert_eq!(
            decide(Rule::TwoThirds, &[Agree, Agree, Disagree, Disagree], 4),
            Outcome::Rejected,
            "a half"
        );
        assert_eq!(decide(Rule::TwoThirds, &[Agree, Agree, Agree, Disagree, Abstain], 5), Outcome::Passed);
        assert_eq!(
            decide(Rule::TwoThirds, &[Abstain, Abstain, Abstain], 3),
            Outcome::Rejected,
            "nobody agreed"
        );
        assert_eq!(decide(Rule::TwoThirds, &[Agree, Agree], 3), Outcome::NoQuorum);
    }

    #[test]
    fn a_country_without_a_focal_point_does_not_take_part() {
        // Nine Southeast Asian countries decide; two have no focal point, so at most seven
        // positions come, and a quorum of eight cannot be met.
        let seven = [Agree; 7];
        assert_eq!(decide(Rule::Consensus, &seven, 8), Outcome::NoQuorum);
        assert_eq!(decide(Rule::Consensus, &seven, 7), Outcome::Passed);
    }

    fn reference() -> ReferenceData {
        store::reference::load_embedded().unwrap()
    }

    fn form() -> ProposalForm {
        ProposalForm {
            title: "  Adopt the  SSE roadmap ".into(),
            question: "Do we adopt it?".into(),
            rule: "consensus".into(),
            subregion: "southeast-asia".into(),
            quorum: "5".into(),
            opens_at: "2026-12-01T09:00".into(),
            closes_at: "2026-12-15T17:00".into(),
            public: true,
            ..Default::default()
        }
    }

    fn now() -> DateTime<Utc> {
        "2026-11-28T10:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_proposal_is_checked() {
        let p = check_proposal(&form(), &reference(), now()).unwrap();
        assert_eq!(p.title, "Adopt the SSE roadmap");
        assert_eq!(p.rule, Rule::Consensus);
        assert_eq!(p.subregion.as_deref(), Some("southeast-asia"));
        assert_eq!(deciding_countries(&reference(), p.subregion.as_deref()).len(), 9);
        assert_eq!(deciding_countries(&reference(), None).len(), 18);
        let opens_now = ProposalForm { opens_at: String::new(), ..form() };
        assert_eq!(check_proposal(&opens_now, &reference(), now()).unwrap().opens_at, now());
    }

    #[test]
    fn bad_proposals_are_named_field_by_field() {
        let r = reference();
        let errors = |f: ProposalForm| -> Vec<&'static str> {
            check_proposal(&f, &r, now()).unwrap_err().0.iter().map(|(field, _)| *field).collect()
        };
        assert_eq!(errors(ProposalForm { title: " ".into(), ..form() }), ["title"]);
        assert_eq!(errors(ProposalForm { question: "".into(), ..form() }), ["question"]);
        assert_eq!(errors(ProposalForm { rule: "unanimity".into(), ..form() }), ["rule"]);
        assert_eq!(errors(ProposalForm { subregion: "europe".into(), ..form() }), ["subregion"]);
        assert_eq!(
            errors(ProposalForm { quorum: "10".into(), ..form() }),
            ["quorum"],
            "more than the 9 countries"
        );
        assert!(
            check_proposal(&ProposalForm { quorum: "10".into(), subregion: "".into(), ..form() }, &r, now())
                .is_ok()
        );
        assert_eq!(errors(ProposalForm { quorum: "0".into(), ..form() }), ["quorum"]);
        assert_eq!(
            errors(ProposalForm { closes_at: "2026-11-30T09:00".into(), ..form() }),
            ["closes_at"],
            "before opening"
        );
        assert_eq!(
            errors(ProposalForm {
                opens_at: "2026-11-01T09:00".into(),
                closes_at: "2026-11-20T09:00".into(),
                ..form()
            }),
            ["closes_at"],
            "already closed"
        );
        assert_eq!(errors(ProposalForm { opens_at: "tomorrow".into(), ..form() }), ["opens_at"]);
    }

    #[test]
    fn answers_follow_the_rule_and_a_block_needs_a_reason() {
        assert_eq!(check_answer(Rule::Consensus, "block", ""), Err("error-block-needs-reason"));
        assert_eq!(
            check_answer(Rule::Consensus, "block", " Harms fisherfolk "),
            Ok((Block, "Harms fisherfolk".into()))
        );
        assert_eq!(check_answer(Rule::Majority, "block", "no"), Err("error-answer-unknown"));
        assert_eq!(check_answer(Rule::Majority, "agree", ""), Ok((Agree, String::new())));
        assert_eq!(check_answer(Rule::TwoThirds, "maybe", ""), Err("error-answer-unknown"));
    }

    #[test]
    fn phases() {
        let (opens, closes) =
            ("2026-12-01T00:00:00Z".parse().unwrap(), "2026-12-02T00:00:00Z".parse().unwrap());
        assert_eq!(phase(opens, closes, false, "2026-11-30T00:00:00Z".parse().unwrap()), Phase::Upcoming);
        assert_eq!(phase(opens, closes, false, "2026-12-01T12:00:00Z".parse().unwrap()), Phase::Open);
        assert_eq!(phase(opens, closes, false, closes), Phase::Closed, "closing time is closed");
        assert_eq!(phase(opens, closes, true, "2026-12-01T12:00:00Z".parse().unwrap()), Phase::Closed);
    }
}
