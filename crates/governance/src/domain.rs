//! The council's decision rules, pure: how country positions become an outcome, and what a
//! proposal must hold before it opens.

use chrono::{DateTime, NaiveDateTime, Utc};
use kernel::ReferenceData;
use serde::Deserialize;

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

/// A proposal as typed in the form. The further backgrounds are repeated fields of the form
/// (`other_background_lang`, `other_background`), read in order; more than two are refused.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(try_from = "ProposalFields")]
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
    /// The options countries choose between, one a line; empty for agree / abstain /
    /// disagree / block.
    pub options: String,
    /// The background's language, and the background in up to two more: (language, text).
    pub background_lang: String,
    pub other_backgrounds: [(String, String); 2],
}

/// The fields of the proposal form as the browser sends them.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ProposalFields {
    title: String,
    background: String,
    question: String,
    rule: String,
    subregion: String,
    quorum: String,
    opens_at: String,
    closes_at: String,
    #[serde(deserialize_with = "kernel::form::checkbox")]
    public: bool,
    options: String,
    background_lang: String,
    other_background_lang: Vec<String>,
    other_background: Vec<String>,
}

impl TryFrom<ProposalFields> for ProposalForm {
    type Error = &'static str;

    fn try_from(f: ProposalFields) -> Result<Self, Self::Error> {
        const TOO_MANY: &str = "more backgrounds than a proposal holds";
        let langs = kernel::form::slots::<2>(f.other_background_lang).ok_or(TOO_MANY)?;
        let texts = kernel::form::slots::<2>(f.other_background).ok_or(TOO_MANY)?;
        Ok(ProposalForm {
            title: f.title,
            background: f.background,
            question: f.question,
            rule: f.rule,
            subregion: f.subregion,
            quorum: f.quorum,
            opens_at: f.opens_at,
            closes_at: f.closes_at,
            public: f.public,
            options: f.options,
            background_lang: f.background_lang,
            other_backgrounds: std::array::from_fn(|i| (langs[i].clone(), texts[i].clone())),
        })
    }
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
    /// Empty for the classic answers.
    pub options: Vec<String>,
    pub background_lang: String,
    /// (language, background) in further languages.
    pub other_backgrounds: Vec<(String, String)>,
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
) -> Result<Proposal, kernel::FieldErrors> {
    use kernel::validate::too_long;
    let mut e = kernel::FieldErrors::default();
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
    if subregion.as_deref().is_some_and(|s| r.subregion_by_code(s).is_none()) {
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
    let options: Vec<String> = f
        .options
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    if options.len() == 1 || options.len() > MAX_OPTIONS || options.iter().any(|o| too_long(o, 200)) {
        e.add("options", "error-options");
    } else if !options.is_empty() && rule == Some(Rule::Consensus) {
        // A consensus is agreement without a block; choosing between options is a vote.
        e.add("options", "error-options-need-majority");
    }
    let language = |raw: &str| {
        let code = raw.trim().to_ascii_lowercase();
        ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())).then_some(code)
    };
    let background_lang = match f.background_lang.trim() {
        "" => "en".to_string(),
        raw => language(raw).unwrap_or_else(|| {
            e.add("background_lang", "error-language-code");
            String::new()
        }),
    };
    const OTHER_FIELDS: [(&str, &str); 2] =
        [("background_lang_1", "background_1"), ("background_lang_2", "background_2")];
    let mut other_backgrounds: Vec<(String, String)> = Vec::new();
    for (i, (lang, text)) in f.other_backgrounds.iter().enumerate() {
        let text = text.trim();
        if lang.trim().is_empty() && text.is_empty() {
            continue;
        }
        let (lang_field, text_field) = OTHER_FIELDS[i];
        match language(lang) {
            Some(code) if code == background_lang || other_backgrounds.iter().any(|(l, _)| *l == code) => {
                e.add(lang_field, "error-language-twice")
            }
            Some(code) if !text.is_empty() && !too_long(text, 20_000) => {
                other_backgrounds.push((code, text.to_string()))
            }
            Some(_) => e.add(
                text_field,
                if text.is_empty() { "error-description-required" } else { "error-too-long" },
            ),
            None => e.add(lang_field, "error-language-code"),
        }
    }
    let (Some(rule), Some(opens_at), Some(closes_at), true) = (rule, opens_at, closes_at, e.is_empty())
    else {
        return Err(e);
    };
    Ok(Proposal {
        background_lang,
        other_backgrounds,
        title,
        background,
        question,
        rule,
        subregion,
        quorum,
        opens_at,
        closes_at,
        public: f.public,
        options,
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

/// The most options a proposal offers.
pub const MAX_OPTIONS: usize = 10;

/// How a reply is stored: a classic answer's word (`agree`, …), `abstain`, or `option-N` for
/// the N-th option (from 1) of a proposal with options.
pub fn option_code(n: usize) -> String {
    format!("option-{n}")
}

/// The option a stored reply chose (from 1), if it chose one.
pub fn option_of(reply: &str) -> Option<usize> {
    reply.strip_prefix("option-")?.parse().ok().filter(|n| *n >= 1)
}

/// A stance or position on a proposal with `options`, checked: one of them, or abstain.
pub fn check_option_reply(
    options: usize,
    reply: &str,
    reason: &str,
) -> Result<(String, String), &'static str> {
    let reply = reply.trim();
    let valid = reply == Answer::Abstain.as_str() || option_of(reply).is_some_and(|n| n <= options);
    if !valid {
        return Err("error-answer-unknown");
    }
    let reason = reason.trim().to_string();
    if kernel::validate::too_long(&reason, 2000) {
        return Err("error-too-long");
    }
    Ok((reply.to_string(), reason))
}

/// The outcome of positions on a proposal with `options` options, and the chosen option
/// (from 1) when it passed. Abstentions count toward the quorum only; an option is chosen when
/// it alone reaches the rule's share of the other positions: more than half for a simple
/// majority, two thirds for a two-thirds majority.
pub fn decide_options(
    rule: Rule,
    replies: &[String],
    options: usize,
    quorum: u32,
) -> (Outcome, Option<usize>) {
    if (replies.len() as u32) < quorum.max(1) {
        return (Outcome::NoQuorum, None);
    }
    let mut counts = vec![0u32; options + 1];
    for n in replies.iter().filter_map(|r| option_of(r)).filter(|n| *n <= options) {
        counts[n] += 1;
    }
    let cast: u32 = counts.iter().sum();
    let best = counts.iter().copied().max().unwrap_or(0);
    let leaders: Vec<usize> = (1..=options).filter(|n| counts[*n] == best).collect();
    let reached = match rule {
        Rule::TwoThirds => 3 * best >= 2 * cast,
        _ => 2 * best > cast,
    };
    match leaders.as_slice() {
        [only] if best > 0 && reached => (Outcome::Passed, Some(*only)),
        _ => (Outcome::Rejected, None),
    }
}

/// Reminders go this long before closing to focal points whose country has no position.
pub const REMINDER_BEFORE_HOURS: i64 = 48;

/// Online meetings, meetings in person, and the triennial assembly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingKind {
    Online,
    InPerson,
    Assembly,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 3] = [MeetingKind::Online, MeetingKind::InPerson, MeetingKind::Assembly];

    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Online => "online",
            MeetingKind::InPerson => "in_person",
            MeetingKind::Assembly => "assembly",
        }
    }

    pub fn parse(raw: &str) -> Option<MeetingKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    pub fn label_key(self) -> String {
        format!("meeting-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// A meeting as typed in the form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MeetingForm {
    pub title: String,
    pub kind: String,
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
    pub link: String,
    pub description: String,
    /// One agenda item a line.
    pub agenda: String,
    /// Proposals put on the agenda, by id.
    #[serde(rename = "proposal")]
    pub proposals: Vec<String>,
    /// Invited country networks and member organisations (ids); none of either means the
    /// whole network.
    #[serde(rename = "country")]
    pub countries: Vec<String>,
    #[serde(rename = "entity")]
    pub entities: Vec<String>,
    #[serde(deserialize_with = "kernel::form::checkbox")]
    pub public: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub title: String,
    pub kind: MeetingKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub link: String,
    pub description: String,
    /// (title, linked proposal)
    pub agenda: Vec<(String, Option<i64>)>,
    pub countries: Vec<String>,
    pub entities: Vec<i64>,
    pub public: bool,
}

pub const MAX_AGENDA_ITEMS: usize = 30;

/// Checks a meeting; `proposals` are the (id, title) of proposals that may go on the agenda,
/// `members` the ids of the active members that may be invited.
pub fn check_meeting(
    f: &MeetingForm,
    r: &ReferenceData,
    proposals: &[(i64, String)],
    members: &[i64],
) -> Result<Meeting, kernel::FieldErrors> {
    use kernel::validate::{too_long, web_address};
    let mut e = kernel::FieldErrors::default();
    let title = f.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        e.add("title", "error-meeting-title-required");
    } else if too_long(&title, 200) {
        e.add("title", "error-too-long");
    }
    let kind = MeetingKind::parse(f.kind.trim());
    if kind.is_none() {
        e.add("kind", "error-meeting-kind");
    }
    let starts_at = moment(&f.starts_at).or_else(|| {
        e.add("starts_at", "error-moment");
        None
    });
    let ends_at = moment(&f.ends_at).or_else(|| {
        e.add("ends_at", "error-moment");
        None
    });
    if let (Some(starts), Some(ends)) = (starts_at, ends_at)
        && ends <= starts
    {
        e.add("ends_at", "error-meeting-ends-before-start");
    }
    let place = f.place.split_whitespace().collect::<Vec<_>>().join(" ");
    let link = f.link.trim().to_string();
    if !link.is_empty() && !web_address(&link) {
        e.add("link", "error-website");
    }
    match kind {
        Some(MeetingKind::Online) if link.is_empty() => e.add("link", "error-meeting-link-required"),
        Some(MeetingKind::InPerson | MeetingKind::Assembly) if place.is_empty() => {
            e.add("place", "error-meeting-place-required")
        }
        _ => {}
    }
    if too_long(&place, 200) {
        e.add("place", "error-too-long");
    }
    let description = f.description.trim().to_string();
    if too_long(&description, 10_000) {
        e.add("description", "error-too-long");
    }
    let mut agenda: Vec<(String, Option<i64>)> = f
        .agenda
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .map(|l| (l, None))
        .collect();
    if agenda.iter().any(|(l, _)| too_long(l, 300)) {
        e.add("agenda", "error-too-long");
    }
    for raw in &f.proposals {
        match raw.parse::<i64>().ok().and_then(|id| proposals.iter().find(|(p, _)| *p == id)) {
            Some((id, title)) => {
                if !agenda.iter().any(|(_, p)| *p == Some(*id)) {
                    agenda.push((title.clone(), Some(*id)));
                }
            }
            None => e.add("proposal", "error-proposal-unknown"),
        }
    }
    if agenda.len() > MAX_AGENDA_ITEMS {
        e.add("agenda", "error-agenda-too-long");
    }
    let mut countries = Vec::new();
    for code in &f.countries {
        if r.country_by_code(code).is_none() {
            e.add("country", "error-country-unknown");
        } else if !countries.contains(code) {
            countries.push(code.clone());
        }
    }
    let mut entities = Vec::new();
    for raw in &f.entities {
        match raw.parse::<i64>().ok().filter(|id| members.contains(id)) {
            Some(id) if !entities.contains(&id) => entities.push(id),
            Some(_) => {}
            None => e.add("entity", "error-member-unknown"),
        }
    }
    let (Some(kind), Some(starts_at), Some(ends_at), true) = (kind, starts_at, ends_at, e.is_empty()) else {
        return Err(e);
    };
    Ok(Meeting {
        title,
        kind,
        starts_at,
        ends_at,
        place,
        link,
        description,
        agenda,
        countries,
        entities,
        public: f.public,
    })
}

/// One event of an iCalendar file (RFC 5545).
pub struct CalendarEvent<'a> {
    pub uid: String,
    pub title: &'a str,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: &'a str,
    pub description: &'a str,
    pub url: String,
}

/// Text escaped as RFC 5545 wants it: backslash, semicolon, comma, and new lines.
fn ical_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Lines longer than 75 octets folded onto continuation lines starting with a space, without
/// splitting a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out
}

/// An iCalendar file with `events`; `stamp` is when it was made.
pub fn icalendar(name: &str, events: &[CalendarEvent], stamp: DateTime<Utc>) -> String {
    let at = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//ASEC//Integrated Services Platform//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        format!("X-WR-CALNAME:{}", ical_text(name)),
    ];
    for ev in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", ev.uid),
            format!("DTSTAMP:{}", at(stamp)),
            format!("DTSTART:{}", at(ev.starts_at)),
            format!("DTEND:{}", at(ev.ends_at)),
            format!("SUMMARY:{}", ical_text(ev.title)),
        ]);
        if !ev.location.is_empty() {
            lines.push(format!("LOCATION:{}", ical_text(ev.location)));
        }
        if !ev.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", ical_text(ev.description)));
        }
        lines.push(format!("URL:{}", ev.url));
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

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
    fn an_option_is_chosen_by_the_rule_s_share_of_the_positions() {
        let replies = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let r = replies(&["option-1", "option-1", "option-2", "abstain"]);
        assert_eq!(decide_options(Rule::Majority, &r, 3, 4), (Outcome::Passed, Some(1)), "2 of 3 cast");
        assert_eq!(
            decide_options(Rule::TwoThirds, &r, 3, 4),
            (Outcome::Passed, Some(1)),
            "exactly two thirds"
        );
        let split = replies(&["option-1", "option-2", "option-3"]);
        assert_eq!(
            decide_options(Rule::Majority, &split, 3, 3),
            (Outcome::Rejected, None),
            "no option over half"
        );
        let tie = replies(&["option-1", "option-2"]);
        assert_eq!(
            decide_options(Rule::Majority, &tie, 2, 2),
            (Outcome::Rejected, None),
            "a tie chooses nothing"
        );
        let abstaining = replies(&["abstain", "abstain"]);
        assert_eq!(decide_options(Rule::Majority, &abstaining, 2, 2), (Outcome::Rejected, None));
        assert_eq!(decide_options(Rule::Majority, &replies(&["option-1"]), 2, 2), (Outcome::NoQuorum, None));
        let three_two = replies(&["option-2", "option-2", "option-2", "option-1", "option-1"]);
        assert_eq!(
            decide_options(Rule::TwoThirds, &three_two, 2, 5),
            (Outcome::Rejected, None),
            "three fifths"
        );
        assert_eq!(decide_options(Rule::Majority, &three_two, 2, 5), (Outcome::Passed, Some(2)));
    }

    #[test]
    fn option_replies_are_checked() {
        assert_eq!(check_option_reply(3, "option-3", ""), Ok(("option-3".into(), String::new())));
        assert_eq!(check_option_reply(3, "abstain", " later "), Ok(("abstain".into(), "later".into())));
        for bad in ["option-4", "option-0", "agree", "block", "option-x"] {
            assert_eq!(check_option_reply(3, bad, ""), Err("error-answer-unknown"), "{bad}");
        }
    }

    #[test]
    fn options_need_a_majority_rule_and_two_to_ten_choices() {
        let r = reference();
        let with =
            |rule: &str, options: &str| ProposalForm { rule: rule.into(), options: options.into(), ..form() };
        let p = check_proposal(&with("majority", "Manila\n\n Jakarta \nBangkok"), &r, now()).unwrap();
        assert_eq!(p.options, vec!["Manila", "Jakarta", "Bangkok"]);
        let field = |f: ProposalForm| {
            check_proposal(&f, &r, now()).unwrap_err().0.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>()
        };
        assert_eq!(field(with("consensus", "Manila\nJakarta")), [("options", "error-options-need-majority")]);
        assert_eq!(
            field(with("majority", "Manila")),
            [("options", "error-options")],
            "one option is no choice"
        );
        let eleven = (1..=11).map(|n| format!("City {n}")).collect::<Vec<_>>().join("\n");
        assert_eq!(field(with("majority", &eleven)), [("options", "error-options")]);
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

    fn meeting_form() -> MeetingForm {
        MeetingForm {
            title: "Regional assembly".into(),
            kind: "assembly".into(),
            starts_at: "2027-03-01T01:00".into(),
            ends_at: "2027-03-03T09:00".into(),
            place: "Kuala Lumpur".into(),
            agenda: "Welcome\n\n  Budget  2027 \n".into(),
            proposals: vec!["7".into()],
            countries: vec!["MY".into(), "ID".into()],
            public: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_meeting_is_checked() {
        let proposals = [(7, "Adopt the roadmap".to_string())];
        let m = check_meeting(&meeting_form(), &reference(), &proposals, &[3]).unwrap();
        assert_eq!(m.kind, MeetingKind::Assembly);
        assert_eq!(
            m.agenda,
            vec![
                ("Welcome".into(), None),
                ("Budget 2027".into(), None),
                ("Adopt the roadmap".into(), Some(7))
            ]
        );
        let errors = |f: MeetingForm| -> Vec<&'static str> {
            check_meeting(&f, &reference(), &proposals, &[3])
                .unwrap_err()
                .0
                .iter()
                .map(|(field, _)| *field)
                .collect()
        };
        assert_eq!(errors(MeetingForm { ends_at: "2027-03-01T00:00".into(), ..meeting_form() }), ["ends_at"]);
        assert_eq!(
            errors(MeetingForm { kind: "online".into(), ..meeting_form() }),
            ["link"],
            "online needs a link"
        );
        assert_eq!(
            errors(MeetingForm { place: " ".into(), ..meeting_form() }),
            ["place"],
            "in person needs a place"
        );
        assert_eq!(errors(MeetingForm { proposals: vec!["8".into()], ..meeting_form() }), ["proposal"]);
        assert_eq!(errors(MeetingForm { countries: vec!["FR".into()], ..meeting_form() }), ["country"]);
        assert_eq!(errors(MeetingForm { kind: "party".into(), ..meeting_form() }), ["kind"]);
        assert_eq!(
            errors(MeetingForm { entities: vec!["4".into()], ..meeting_form() }),
            ["entity"],
            "not a member"
        );
        let invited = check_meeting(
            &MeetingForm { entities: vec!["3".into()], ..meeting_form() },
            &reference(),
            &proposals,
            &[3],
        );
        assert_eq!(invited.unwrap().entities, vec![3]);
    }

    #[test]
    fn icalendar_escapes_and_folds() {
        let start: DateTime<Utc> = "2027-03-01T01:00:00Z".parse().unwrap();
        let ical = icalendar(
            "ASEC",
            &[CalendarEvent {
                uid: "meeting-1@asec".into(),
                title: "Assembly; budget, roadmap",
                starts_at: start,
                ends_at: start + chrono::Duration::hours(2),
                location: "Kuala Lumpur",
                description: &format!("Line one\n{}", "ความร่วมมือ".repeat(10)),
                url: "https://asec.example/governance/meetings/1".into(),
            }],
            start,
        );
        assert!(ical.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ical.contains("SUMMARY:Assembly\\; budget\\, roadmap\r\n"));
        assert!(ical.contains("DTSTART:20270301T010000Z\r\nDTEND:20270301T030000Z\r\n"));
        assert!(ical.contains("DESCRIPTION:Line one\\n"));
        assert!(ical.lines().all(|l| l.trim_end_matches('\r').len() <= 75), "folded at 75 octets");
        assert!(ical.ends_with("END:VCALENDAR\r\n"));
        let unfolded = ical.replace("\r\n ", "");
        assert!(unfolded.contains(&"ความร่วมมือ".repeat(10)), "no character split");
    }
}
