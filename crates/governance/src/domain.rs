//! The council's decision rules, pure: how country positions become an outcome, and what a
//! proposal must hold before it opens.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
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
    pub const ALL: [Outcome; 4] = [Outcome::Passed, Outcome::Rejected, Outcome::Blocked, Outcome::NoQuorum];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Rejected => "rejected",
            Outcome::Blocked => "blocked",
            Outcome::NoQuorum => "no_quorum",
        }
    }

    pub fn parse(raw: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|o| o.as_str() == raw)
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
    /// `YYYY-MM-DDTHH:MM` in `zone`.
    pub opens_at: String,
    pub closes_at: String,
    /// The zone the times are typed in (the author's); `None` for UTC.
    pub zone: Option<Tz>,
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
            zone: None,
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

/// A wall-clock time typed in `zone` as the moment it names; a time a clock change skips
/// names none, one it repeats the earlier.
fn moment(raw: &str, zone: Option<Tz>) -> Option<DateTime<Utc>> {
    let raw = raw.trim();
    let local = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M"))
        .ok()?;
    zone.unwrap_or(Tz::UTC).from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc))
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
        raw => moment(raw, f.zone).or_else(|| {
            e.add("opens_at", "error-moment");
            None
        }),
    };
    let closes_at = moment(&f.closes_at, f.zone).or_else(|| {
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
    /// The zone the times are typed in (the author's); `None` for UTC.
    #[serde(skip)]
    pub zone: Option<Tz>,
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
    let starts_at = moment(&f.starts_at, f.zone).or_else(|| {
        e.add("starts_at", "error-moment");
        None
    });
    let ends_at = moment(&f.ends_at, f.zone).or_else(|| {
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

/// How the deciding countries' positions counted when a proposal closed, kept with its
/// decision so that every reader reads the summary in their own language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Count {
    /// Agree / abstain / disagree / block.
    Answers { deciding: u32, quorum: u32, agree: u32, abstain: u32, disagree: u32, block: u32 },
    /// Options: each option's text (the proposal's own words) with its count; the chosen one
    /// (from 1) when the proposal passed.
    Options {
        deciding: u32,
        quorum: u32,
        taking_part: u32,
        options: Vec<(String, u32)>,
        abstain: u32,
        chosen: Option<usize>,
    },
}

impl Count {
    /// Countries that took a position, abstaining included.
    pub fn taking_part(&self) -> u32 {
        match self {
            Count::Answers { agree, abstain, disagree, block, .. } => agree + abstain + disagree + block,
            Count::Options { taking_part, .. } => *taking_part,
        }
    }

    /// As stored in the register.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The stored count; `None` for a decision recorded without one (in a meeting, or before
    /// counts were kept).
    pub fn parse(raw: &str) -> Option<Count> {
        serde_json::from_str(raw).ok()
    }

    /// The chosen option's text, when one was chosen.
    pub fn chosen(&self) -> Option<&str> {
        match self {
            Count::Options { options, chosen: Some(n), .. } => {
                options.get(n.checked_sub(1)?).map(|(o, _)| o.as_str())
            }
            _ => None,
        }
    }

    /// The arguments of the summary's message (`outcome-summary`), the same in every
    /// language: `kind` is `answers`, `options` or `chosen`.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let mut args = vec![("taking", self.taking_part().to_string())];
        match self {
            Count::Answers { deciding, quorum, agree, abstain, disagree, block } => {
                args.extend([
                    ("kind", "answers".to_string()),
                    ("deciding", deciding.to_string()),
                    ("quorum", quorum.to_string()),
                    ("agree", agree.to_string()),
                    ("abstain", abstain.to_string()),
                    ("disagree", disagree.to_string()),
                    ("block", block.to_string()),
                ]);
            }
            Count::Options { deciding, quorum, options, abstain, .. } => {
                let counts = options.iter().map(|(o, n)| format!("{o} {n}")).collect::<Vec<_>>().join(", ");
                let chosen = self.chosen();
                args.extend([
                    ("kind", if chosen.is_some() { "chosen" } else { "options" }.to_string()),
                    ("deciding", deciding.to_string()),
                    ("quorum", quorum.to_string()),
                    ("counts", counts),
                    ("abstain", abstain.to_string()),
                    ("chosen", chosen.unwrap_or_default().to_string()),
                ]);
            }
        }
        args
    }
}

/// The outcome of the deciding countries' `replies` under `rule`, and how they counted;
/// `options` are the proposal's options (empty for the classic answers).
pub fn count(
    rule: Rule,
    replies: &[String],
    deciding: usize,
    quorum: u32,
    options: &[String],
) -> (Outcome, Count) {
    let deciding = deciding as u32;
    if options.is_empty() {
        let answers: Vec<Answer> = replies.iter().filter_map(|r| Answer::parse(r)).collect();
        let t = Tally::of(&answers);
        let count = Count::Answers {
            deciding,
            quorum,
            agree: t.agree,
            abstain: t.abstain,
            disagree: t.disagree,
            block: t.block,
        };
        return (decide(rule, &answers, quorum), count);
    }
    let (outcome, chosen) = decide_options(rule, replies, options.len(), quorum);
    let counted = |code: &str| replies.iter().filter(|r| r.as_str() == code).count() as u32;
    let count = Count::Options {
        deciding,
        quorum,
        taking_part: replies.len() as u32,
        options: options.iter().enumerate().map(|(i, o)| (o.clone(), counted(&option_code(i + 1)))).collect(),
        abstain: counted(Answer::Abstain.as_str()),
        chosen,
    };
    (outcome, count)
}

/// Who took a decision, as the register filters it: the whole network, a sub-region (its
/// code), or a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Network,
    Subregion(String),
    Meeting,
}

impl Body {
    /// As a filter's value in a URL.
    pub fn as_str(&self) -> &str {
        match self {
            Body::Network => "network",
            Body::Subregion(code) => code,
            Body::Meeting => "meeting",
        }
    }
}

/// The register's filters as they come in a URL; every value a string, checked by
/// `check_register_query`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RegisterQuery {
    pub q: String,
    pub year: String,
    pub body: String,
    pub outcome: String,
}

/// The register's filters, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    /// Text searched in titles and summaries; empty for none.
    pub q: String,
    pub year: Option<i32>,
    pub body: Option<Body>,
    pub outcome: Option<Outcome>,
}

/// The years a register filter accepts.
pub const REGISTER_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

impl RegisterFilter {
    /// The filter as a query string (empty when nothing filters), for the CSV link.
    pub fn query_string(&self) -> String {
        let mut parts: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            parts.push(("q", self.q.clone()));
        }
        if let Some(y) = self.year {
            parts.push(("year", y.to_string()));
        }
        if let Some(b) = &self.body {
            parts.push(("body", b.as_str().to_string()));
        }
        if let Some(o) = self.outcome {
            parts.push(("outcome", o.as_str().to_string()));
        }
        parts.iter().map(|(k, v)| format!("{k}={}", url_encode(v))).collect::<Vec<_>>().join("&")
    }
}

fn url_encode(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Checks the register's filters: each problem under its field's name.
pub fn check_register_query(
    raw: &RegisterQuery,
    r: &ReferenceData,
) -> Result<RegisterFilter, kernel::FieldErrors> {
    let mut e = kernel::FieldErrors::default();
    let q = raw.q.split_whitespace().collect::<Vec<_>>().join(" ");
    if kernel::validate::too_long(&q, kernel::validate::MAX_SEARCH_CHARS) {
        e.add("q", "error-too-long");
    }
    let year = match raw.year.trim() {
        "" => None,
        y => match y.parse::<i32>() {
            Ok(y) if REGISTER_YEARS.contains(&y) => Some(y),
            _ => {
                e.add("year", "error-register-year");
                None
            }
        },
    };
    let body = match raw.body.trim() {
        "" => None,
        "network" => Some(Body::Network),
        "meeting" => Some(Body::Meeting),
        code if r.subregion_by_code(code).is_some() => Some(Body::Subregion(code.to_string())),
        _ => {
            e.add("body", "error-register-body");
            None
        }
    };
    let outcome = match raw.outcome.trim() {
        "" => None,
        o => Outcome::parse(o).or_else(|| {
            e.add("outcome", "error-outcome-unknown");
            None
        }),
    };
    if !e.is_empty() {
        return Err(e);
    }
    Ok(RegisterFilter { q, year, body, outcome })
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
    fn times_are_read_in_the_authors_zone() {
        let jakarta = ProposalForm { zone: Some(Tz::Asia__Jakarta), ..form() };
        let p = check_proposal(&jakarta, &reference(), now()).unwrap();
        assert_eq!(p.opens_at, "2026-12-01T02:00:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(p.closes_at, "2026-12-15T10:00:00Z".parse::<DateTime<Utc>>().unwrap());
        let utc = check_proposal(&form(), &reference(), now()).unwrap();
        assert_eq!(utc.closes_at, "2026-12-15T17:00:00Z".parse::<DateTime<Utc>>().unwrap());
        let proposals = [(7, "Adopt the roadmap".to_string())];
        let kolkata = MeetingForm { zone: Some(Tz::Asia__Kolkata), ..meeting_form() };
        let m = check_meeting(&kolkata, &reference(), &proposals, &[3]).unwrap();
        assert_eq!(m.starts_at, "2027-02-28T19:30:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(m.ends_at, "2027-03-03T03:30:00Z".parse::<DateTime<Utc>>().unwrap());
    }

    #[test]
    fn a_time_the_clock_skips_is_refused_and_a_repeated_one_is_the_earlier() {
        let paris = Some(Tz::Europe__Paris);
        assert_eq!(moment("2026-03-29T02:30", paris), None);
        assert_eq!(moment("2026-10-25T02:30", paris), Some("2026-10-25T00:30:00Z".parse().unwrap()));
        assert_eq!(
            moment("2026-12-01 21:30", Some(Tz::Asia__Jakarta)),
            Some("2026-12-01T14:30:00Z".parse().unwrap())
        );
        assert_eq!(moment("2026-12-01T21:30", None), Some("2026-12-01T21:30:00Z".parse().unwrap()));
        assert_eq!(moment("21:30", None), None);
    }

    #[test]
    fn a_proposal_is_checked() {
        let p = check_proposal(&form(), &reference(), now()).unwrap();
        assert_eq!(p.title, "Adopt the SSE roadmap");
        assert_eq!(p.rule, Rule::Consensus);
        assert_eq!(p.subregion.as_deref(), Some("southeast-asia"));
        assert_eq!(deciding_countries(&reference(), p.subregion.as_deref()).len(), 9);
        assert_eq!(deciding_countries(&reference(), None).len(), 18);
        assert_eq!(deciding_countries(&reference(), Some("east-asia")), ["JP", "KR", "CN"]);
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

    #[test]
    fn names_and_labels_of_rules_answers_outcomes_and_meetings() {
        for rule in Rule::ALL {
            assert_eq!(Rule::parse(rule.as_str()), Some(rule));
        }
        assert_eq!(Rule::TwoThirds.as_str(), "two_thirds");
        assert_eq!(Rule::TwoThirds.label_key(), "rule-two-thirds");
        assert_eq!(Rule::Consensus.answers(), [Agree, Abstain, Disagree, Block]);
        assert_eq!(Rule::Majority.answers(), [Agree, Abstain, Disagree]);
        assert_eq!(Rule::TwoThirds.answers(), [Agree, Abstain, Disagree]);
        for answer in Answer::ALL {
            assert_eq!(Answer::parse(answer.as_str()), Some(answer));
        }
        assert_eq!(Disagree.label_key(), "answer-disagree");
        for (outcome, name) in [
            (Outcome::Passed, "passed"),
            (Outcome::Rejected, "rejected"),
            (Outcome::Blocked, "blocked"),
            (Outcome::NoQuorum, "no_quorum"),
        ] {
            assert_eq!(outcome.as_str(), name);
            assert_eq!(Outcome::parse(name), Some(outcome));
        }
        assert_eq!(Outcome::parse("won"), None);
        assert_eq!(Outcome::NoQuorum.label_key(), "outcome-no-quorum");
        for kind in MeetingKind::ALL {
            assert_eq!(MeetingKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(MeetingKind::InPerson.as_str(), "in_person");
        assert_eq!(MeetingKind::InPerson.label_key(), "meeting-kind-in-person");
    }

    #[test]
    fn a_tally_counts_each_answer() {
        let t = Tally::of(&[Agree, Block, Abstain, Agree, Disagree, Agree, Abstain]);
        assert_eq!(t, Tally { agree: 3, abstain: 2, disagree: 1, block: 1 });
        assert_eq!(t.taking_part(), 7);
        assert_eq!(Tally::of(&[]).taking_part(), 0);
    }

    #[test]
    fn the_quorum_is_at_least_one() {
        assert_eq!(decide(Rule::Majority, &[], 0), Outcome::NoQuorum);
        assert_eq!(decide(Rule::Majority, &[Agree], 0), Outcome::Passed);
        assert_eq!(decide(Rule::Majority, &[Agree, Agree], 3), Outcome::NoQuorum, "one short");
        assert_eq!(decide(Rule::Majority, &[Agree, Agree, Agree], 3), Outcome::Passed, "exactly the quorum");
    }

    #[test]
    fn each_rule_at_its_ties_and_edges() {
        use Outcome::*;
        for (rule, positions, outcome) in [
            (Rule::Consensus, &[Agree, Block][..], Blocked),
            (Rule::Consensus, &[Block, Block], Blocked),
            (Rule::Consensus, &[Disagree, Disagree], Passed),
            (Rule::Majority, &[Agree, Block], Rejected),
            (Rule::Majority, &[Agree, Agree, Block], Passed),
            (Rule::Majority, &[Agree, Disagree, Disagree], Rejected),
            (Rule::Majority, &[Agree, Agree, Disagree, Disagree, Disagree], Rejected),
            (Rule::Majority, &[Agree, Agree, Agree, Disagree, Disagree], Passed),
            (Rule::TwoThirds, &[Agree], Passed),
            (Rule::TwoThirds, &[Agree, Disagree], Rejected),
            (Rule::TwoThirds, &[Agree, Block], Rejected),
            (Rule::TwoThirds, &[Agree, Disagree, Disagree], Rejected),
            (Rule::TwoThirds, &[Agree, Agree, Block], Passed),
            (Rule::TwoThirds, &[Agree, Agree, Agree, Disagree, Disagree], Rejected),
            (Rule::TwoThirds, &[Agree, Agree, Agree, Agree, Disagree, Disagree], Passed),
            (Rule::TwoThirds, &[Agree, Agree, Agree, Agree, Disagree, Disagree, Block], Rejected),
            (Rule::TwoThirds, &[Disagree, Disagree], Rejected),
        ] {
            assert_eq!(decide(rule, positions, 1), outcome, "{rule:?} {positions:?}");
        }
    }

    #[test]
    fn proposal_limits_at_their_edges() {
        let r = reference();
        let errors = |f: ProposalForm| -> Vec<(&'static str, &'static str)> {
            match check_proposal(&f, &r, now()) {
                Ok(_) => vec![],
                Err(e) => e.0,
            }
        };
        let ok = |f: ProposalForm| check_proposal(&f, &r, now()).expect("a valid proposal");
        assert_eq!(ok(ProposalForm { title: "t".repeat(200), ..form() }).title.len(), 200);
        assert_eq!(errors(ProposalForm { title: "t".repeat(201), ..form() }), [("title", "error-too-long")]);
        assert_eq!(
            ok(ProposalForm { question: format!(" {} ", "q".repeat(1000)), ..form() }).question.len(),
            1000
        );
        assert_eq!(
            errors(ProposalForm { question: "q".repeat(1001), ..form() }),
            [("question", "error-too-long")]
        );
        assert_eq!(
            ok(ProposalForm { background: format!(" {} ", "b".repeat(20_000)), ..form() }).background.len(),
            20_000
        );
        assert_eq!(
            errors(ProposalForm { background: "b".repeat(20_001), ..form() }),
            [("background", "error-too-long")]
        );
        assert_eq!(ok(ProposalForm { quorum: " 9 ".into(), ..form() }).quorum, 9, "all nine countries");
        assert_eq!(
            errors(ProposalForm { quorum: "10".into(), ..form() }),
            [("quorum", "error-quorum-too-large")]
        );
        assert_eq!(errors(ProposalForm { quorum: "many".into(), ..form() }), [("quorum", "error-quorum")]);
        assert_eq!(
            errors(ProposalForm { quorum: "10".into(), subregion: "europe".into(), ..form() }),
            [("subregion", "error-subregion-unknown")],
            "an unknown sub-region says nothing of the quorum"
        );
        assert_eq!(ok(ProposalForm { quorum: "18".into(), subregion: " ".into(), ..form() }).subregion, None);
        assert_eq!(
            errors(ProposalForm { quorum: "19".into(), subregion: "".into(), ..form() }),
            [("quorum", "error-quorum-too-large")]
        );
        // Closing at the opening, or now, is too soon; a minute later is fine.
        assert_eq!(
            errors(ProposalForm { closes_at: "2026-12-01T09:00".into(), ..form() }),
            [("closes_at", "error-closes-before-opens")]
        );
        assert!(errors(ProposalForm { closes_at: "2026-12-01T09:01".into(), ..form() }).is_empty());
        let opened = ProposalForm { opens_at: "2026-11-01 09:00".into(), ..form() };
        assert_eq!(ok(opened.clone()).opens_at, "2026-11-01T09:00:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(
            errors(ProposalForm { closes_at: "2026-11-28T10:00".into(), ..opened.clone() }),
            [("closes_at", "error-closes-in-past")]
        );
        assert!(errors(ProposalForm { closes_at: "2026-11-28 10:01".into(), ..opened }).is_empty());
        assert_eq!(errors(ProposalForm { closes_at: "".into(), ..form() }), [("closes_at", "error-moment")]);
        let p = ok(ProposalForm { public: false, rule: " majority ".into(), ..form() });
        assert!(!p.public);
        assert_eq!(p.rule, Rule::Majority);
        assert!(ok(form()).public);
        assert_eq!(ok(form()).closes_at, "2026-12-15T17:00:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(ok(form()).quorum, 5);
        assert_eq!(ok(form()).question, "Do we adopt it?");
    }

    #[test]
    fn options_at_their_edges() {
        let r = reference();
        let with = |options: String| ProposalForm { rule: "majority".into(), options, ..form() };
        let ten = (1..=10).map(|n| format!("City {n}")).collect::<Vec<_>>().join("\n");
        assert_eq!(check_proposal(&with(ten), &r, now()).unwrap().options.len(), 10);
        let long = format!("{}\nJakarta", "m".repeat(200));
        assert_eq!(check_proposal(&with(long), &r, now()).unwrap().options[0].len(), 200);
        let too_long = format!("{}\nJakarta", "m".repeat(201));
        assert_eq!(
            check_proposal(&with(too_long), &r, now()).unwrap_err().get("options"),
            Some("error-options")
        );
        assert_eq!(check_proposal(&with(String::new()), &r, now()).unwrap().options, Vec::<String>::new());
        let two = ProposalForm { rule: "two_thirds".into(), options: "A\nB".into(), ..form() };
        assert_eq!(check_proposal(&two, &r, now()).unwrap().options, ["A", "B"]);
    }

    #[test]
    fn backgrounds_in_further_languages() {
        let r = reference();
        let with = |background_lang: &str, others: [(&str, &str); 2]| ProposalForm {
            background: "Background".into(),
            background_lang: background_lang.into(),
            other_backgrounds: others.map(|(l, t)| (l.to_string(), t.to_string())),
            ..form()
        };
        let p = check_proposal(&with(" ID ", [(" ms ", " Latar "), ("", "")]), &r, now()).unwrap();
        assert_eq!(p.background_lang, "id");
        assert_eq!(p.other_backgrounds, [("ms".to_string(), "Latar".to_string())]);
        let p = check_proposal(&with("", [("", ""), ("fil", "Likuran")]), &r, now()).unwrap();
        assert_eq!(p.background_lang, "en");
        assert_eq!(p.other_backgrounds, [("fil".to_string(), "Likuran".to_string())]);
        let long = "x".repeat(20_000);
        let p = check_proposal(&with("en", [("id", &long), ("ms", "y")]), &r, now()).unwrap();
        assert_eq!(p.other_backgrounds.len(), 2);
        let errors = |f: ProposalForm| check_proposal(&f, &r, now()).unwrap_err().0;
        for lang in ["e", "engl", "e1"] {
            assert_eq!(
                errors(with(lang, [("", ""), ("", "")])),
                [("background_lang", "error-language-code")]
            );
            assert_eq!(
                errors(with("en", [(lang, "text"), ("", "")])),
                [("background_lang_1", "error-language-code")]
            );
        }
        assert_eq!(
            errors(with("en", [("EN", "again"), ("", "")])),
            [("background_lang_1", "error-language-twice")]
        );
        assert_eq!(
            errors(with("en", [("id", "satu"), ("id", "dua")])),
            [("background_lang_2", "error-language-twice")]
        );
        assert_eq!(
            errors(with("en", [("id", " "), ("", "")])),
            [("background_1", "error-description-required")]
        );
        let too_long = "x".repeat(20_001);
        assert_eq!(errors(with("en", [("", ""), ("id", &too_long)])), [("background_2", "error-too-long")]);
        assert_eq!(
            errors(with("en", [("", "text"), ("", "")])),
            [("background_lang_1", "error-language-code")]
        );
    }

    #[test]
    fn at_the_opening_a_proposal_is_open() {
        let (opens, closes) =
            ("2026-12-01T00:00:00Z".parse().unwrap(), "2026-12-02T00:00:00Z".parse().unwrap());
        assert_eq!(phase(opens, closes, false, opens), Phase::Open);
        assert_eq!(phase(opens, closes, true, opens - chrono::Duration::days(1)), Phase::Closed);
        assert_eq!(phase(opens, closes, false, closes - chrono::Duration::seconds(1)), Phase::Open);
    }

    #[test]
    fn reasons_are_limited() {
        let reason = format!(" {} ", "r".repeat(2000));
        assert_eq!(check_answer(Rule::Majority, " disagree ", &reason), Ok((Disagree, "r".repeat(2000))));
        assert_eq!(check_answer(Rule::Majority, "disagree", &"r".repeat(2001)), Err("error-too-long"));
        assert_eq!(check_answer(Rule::Consensus, "abstain", ""), Ok((Abstain, String::new())));
        assert_eq!(check_option_reply(2, " option-1 ", &reason), Ok(("option-1".into(), "r".repeat(2000))));
        assert_eq!(check_option_reply(2, "option-1", &"r".repeat(2001)), Err("error-too-long"));
    }

    #[test]
    fn option_codes_count_from_one() {
        assert_eq!(option_code(3), "option-3");
        assert_eq!(option_of("option-1"), Some(1));
        assert_eq!(option_of("option-12"), Some(12));
        assert_eq!(option_of("option-0"), None);
        assert_eq!(option_of("agree"), None);
        assert_eq!(option_of(&option_code(7)), Some(7));
    }

    #[test]
    fn options_at_their_ties_and_edges() {
        let replies = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        use Outcome::*;
        for (rule, v, options, outcome) in [
            (Rule::Majority, &["option-1", "option-1", "option-2", "option-3"][..], 3, (Rejected, None)),
            (Rule::Majority, &["option-1", "option-1", "option-2"], 3, (Passed, Some(1))),
            (Rule::Majority, &["option-2", "abstain", "abstain"], 2, (Passed, Some(2))),
            (Rule::Majority, &["option-2", "option-9", "abstain"], 2, (Passed, Some(2))),
            (
                Rule::Majority,
                &["option-1", "option-2", "option-2", "option-2", "option-1"],
                2,
                (Passed, Some(2)),
            ),
            (Rule::TwoThirds, &["option-1", "option-1", "option-2"], 2, (Passed, Some(1))),
            (Rule::TwoThirds, &["option-1", "option-2"], 2, (Rejected, None)),
            (
                Rule::TwoThirds,
                &["option-1", "option-1", "option-2", "option-2", "option-2", "option-2"],
                2,
                (Passed, Some(2)),
            ),
            (
                Rule::TwoThirds,
                &["option-1", "option-1", "option-1", "option-2", "option-2"],
                2,
                (Rejected, None),
            ),
            (Rule::TwoThirds, &["abstain", "abstain"], 1, (Rejected, None)),
            (Rule::Majority, &["abstain"], 1, (Rejected, None)),
            (Rule::TwoThirds, &["option-3"], 3, (Passed, Some(3))),
        ] {
            assert_eq!(decide_options(rule, &replies(v), options, 1), outcome, "{rule:?} {v:?}");
        }
        assert_eq!(decide_options(Rule::Majority, &replies(&["option-1"]), 2, 0), (Passed, Some(1)));
        assert_eq!(decide_options(Rule::Majority, &[], 2, 0), (NoQuorum, None));
        let three = replies(&["option-1", "option-1", "abstain"]);
        assert_eq!(decide_options(Rule::Majority, &three, 2, 3), (Passed, Some(1)), "exactly the quorum");
        assert_eq!(decide_options(Rule::Majority, &three, 2, 4), (NoQuorum, None));
    }

    #[test]
    fn meeting_limits_at_their_edges() {
        let r = reference();
        let errors = |f: MeetingForm| -> Vec<(&'static str, &'static str)> {
            match check_meeting(&f, &r, &[(7, "Adopt the roadmap".into()), (8, "Budget".into())], &[3, 4]) {
                Ok(_) => vec![],
                Err(e) => e.0,
            }
        };
        let ok = |f: MeetingForm| {
            check_meeting(&f, &r, &[(7, "Adopt the roadmap".into()), (8, "Budget".into())], &[3, 4]).unwrap()
        };
        assert_eq!(ok(MeetingForm { title: "t".repeat(200), ..meeting_form() }).title.len(), 200);
        assert_eq!(
            errors(MeetingForm { title: "t".repeat(201), ..meeting_form() }),
            [("title", "error-too-long")]
        );
        assert_eq!(
            errors(MeetingForm { title: " ".into(), ..meeting_form() }),
            [("title", "error-meeting-title-required")]
        );
        assert_eq!(
            errors(MeetingForm { ends_at: "2027-03-01T01:00".into(), ..meeting_form() }),
            [("ends_at", "error-meeting-ends-before-start")],
            "ending as it starts"
        );
        assert!(errors(MeetingForm { ends_at: "2027-03-01T01:01".into(), ..meeting_form() }).is_empty());
        assert_eq!(
            errors(MeetingForm { starts_at: "soon".into(), ..meeting_form() }),
            [("starts_at", "error-moment")]
        );
        assert_eq!(
            errors(MeetingForm { ends_at: "".into(), ..meeting_form() }),
            [("ends_at", "error-moment")]
        );
        assert_eq!(ok(MeetingForm { place: "p".repeat(200), ..meeting_form() }).place.len(), 200);
        assert_eq!(
            errors(MeetingForm { place: "p".repeat(201), ..meeting_form() }),
            [("place", "error-too-long")]
        );
        assert_eq!(
            ok(MeetingForm { place: " Kuala   Lumpur ".into(), ..meeting_form() }).place,
            "Kuala Lumpur"
        );
        let online = MeetingForm { kind: "online".into(), place: String::new(), ..meeting_form() };
        assert_eq!(errors(online.clone()), [("link", "error-meeting-link-required")]);
        let m = ok(MeetingForm { link: " https://meet.example/asec ".into(), ..online.clone() });
        assert_eq!((m.kind, m.link.as_str()), (MeetingKind::Online, "https://meet.example/asec"));
        assert_eq!(
            errors(MeetingForm { link: "meet.example".into(), ..online }),
            [("link", "error-website")]
        );
        assert_eq!(
            errors(MeetingForm { kind: "in_person".into(), place: "".into(), ..meeting_form() }),
            [("place", "error-meeting-place-required")]
        );
        assert_eq!(
            ok(MeetingForm { description: "d".repeat(10_000), ..meeting_form() }).description.len(),
            10_000
        );
        assert_eq!(
            errors(MeetingForm { description: "d".repeat(10_001), ..meeting_form() }),
            [("description", "error-too-long")]
        );
        assert_eq!(
            ok(MeetingForm { agenda: "a".repeat(300), proposals: vec![], ..meeting_form() }).agenda.len(),
            1
        );
        assert_eq!(
            errors(MeetingForm { agenda: "a".repeat(301), ..meeting_form() }),
            [("agenda", "error-too-long")]
        );
        let items = |n: usize| (1..=n).map(|i| format!("Item {i}")).collect::<Vec<_>>().join("\n");
        assert_eq!(
            ok(MeetingForm { agenda: items(29), ..meeting_form() }).agenda.len(),
            30,
            "29 and a proposal"
        );
        assert_eq!(
            errors(MeetingForm { agenda: items(30), ..meeting_form() }),
            [("agenda", "error-agenda-too-long")]
        );
        let m = ok(MeetingForm {
            agenda: String::new(),
            proposals: vec!["8".into(), "7".into(), "8".into()],
            countries: vec!["MY".into(), "MY".into(), "ID".into()],
            entities: vec!["4".into(), "3".into(), "4".into()],
            public: false,
            ..meeting_form()
        });
        assert_eq!(m.agenda, [("Budget".to_string(), Some(8)), ("Adopt the roadmap".to_string(), Some(7))]);
        assert_eq!(m.countries, ["MY", "ID"]);
        assert_eq!(m.entities, [4, 3]);
        assert!(!m.public);
        let m = ok(meeting_form());
        assert!(m.public);
        assert_eq!(m.title, "Regional assembly");
        assert_eq!(m.starts_at, "2027-03-01T01:00:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(m.ends_at, "2027-03-03T09:00:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(
            errors(MeetingForm { proposals: vec!["x".into()], ..meeting_form() }),
            [("proposal", "error-proposal-unknown")]
        );
        assert_eq!(
            errors(MeetingForm { entities: vec!["x".into()], ..meeting_form() }),
            [("entity", "error-member-unknown")]
        );
    }

    #[test]
    fn icalendar_lines_fold_after_seventy_five_octets() {
        assert_eq!(fold(&"a".repeat(75)), "a".repeat(75));
        assert_eq!(fold(&"a".repeat(76)), format!("{}\r\n a", "a".repeat(75)));
        assert_eq!(fold(&"a".repeat(150)), format!("{}\r\n {}\r\n a", "a".repeat(75), "a".repeat(74)));
        // A three-octet character that would end at octet 76 goes to the next line whole.
        assert_eq!(fold(&format!("{}ก", "a".repeat(73))), format!("{}\r\n ก", "a".repeat(73)));
        assert_eq!(fold(&format!("{}ก", "a".repeat(72))), format!("{}ก", "a".repeat(72)));
        assert_eq!(ical_text("a\\b;c,d\r\ne\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    }

    #[test]
    fn an_icalendar_event_without_place_or_description_leaves_them_out() {
        let start: DateTime<Utc> = "2027-03-01T01:00:00Z".parse().unwrap();
        let event = |location, description| CalendarEvent {
            uid: "meeting-2@asec".into(),
            title: "Online",
            starts_at: start,
            ends_at: start + chrono::Duration::hours(1),
            location,
            description,
            url: "https://asec.example/m/2".into(),
        };
        let stamp: DateTime<Utc> = "2027-02-01T00:00:00Z".parse().unwrap();
        assert_eq!(
            icalendar("ASEC, meetings", &[event("", "")], stamp),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ASEC//Integrated Services Platform//EN\r\n\
             CALSCALE:GREGORIAN\r\nX-WR-CALNAME:ASEC\\, meetings\r\nBEGIN:VEVENT\r\nUID:meeting-2@asec\r\n\
             DTSTAMP:20270201T000000Z\r\nDTSTART:20270301T010000Z\r\nDTEND:20270301T020000Z\r\n\
             SUMMARY:Online\r\nURL:https://asec.example/m/2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        );
        let both = icalendar("ASEC", &[event("KL", "Notes")], stamp);
        assert!(both.contains("\r\nLOCATION:KL\r\nDESCRIPTION:Notes\r\nURL:"));
        assert_eq!(icalendar("ASEC", &[], stamp).matches("VEVENT").count(), 0);
    }

    #[test]
    fn further_backgrounds_are_two_at_most() {
        let fields = |n: usize| ProposalFields {
            title: "T".into(),
            public: true,
            other_background_lang: vec!["id".into(); n],
            other_background: vec!["x".into(); n],
            ..Default::default()
        };
        let two = ProposalForm::try_from(fields(2)).unwrap();
        assert_eq!(two.other_backgrounds[1], ("id".to_string(), "x".to_string()));
        assert!(two.public);
        assert_eq!(two.title, "T");
        assert!(ProposalForm::try_from(fields(3)).is_err());
        let langs_only = ProposalFields { other_background_lang: vec!["id".into(); 3], ..Default::default() };
        assert!(ProposalForm::try_from(langs_only).is_err());
    }

    #[test]
    fn counts_of_classic_answers() {
        let replies = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (outcome, c) =
            count(Rule::Consensus, &replies(&["agree", "abstain", "disagree", "block", "x"]), 18, 2, &[]);
        assert_eq!(outcome, Outcome::Blocked);
        assert_eq!(
            c,
            Count::Answers { deciding: 18, quorum: 2, agree: 1, abstain: 1, disagree: 1, block: 1 }
        );
        assert_eq!(c.taking_part(), 4);
        assert_eq!(c.chosen(), None);
        let args = c.args();
        for (k, v) in [
            ("taking", "4"),
            ("kind", "answers"),
            ("deciding", "18"),
            ("quorum", "2"),
            ("agree", "1"),
            ("abstain", "1"),
            ("disagree", "1"),
            ("block", "1"),
        ] {
            assert!(args.contains(&(k, v.to_string())), "{k}");
        }
        assert_eq!(args.len(), 8);
        assert_eq!(Count::parse(&c.to_json()), Some(c));
        assert_eq!(Count::parse(""), None);
        assert_eq!(Count::parse("2 of 9 countries took part"), None);
        let (outcome, c) = count(Rule::Majority, &replies(&["agree", "agree"]), 9, 3, &[]);
        assert_eq!(outcome, Outcome::NoQuorum);
        assert_eq!(c.taking_part(), 2);
    }

    #[test]
    fn counts_of_options() {
        let replies = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let options = ["Manila".to_string(), "Jakarta".to_string(), "Bangkok".to_string()];
        let (outcome, c) =
            count(Rule::Majority, &replies(&["option-2", "option-2", "option-1", "abstain"]), 9, 3, &options);
        assert_eq!(outcome, Outcome::Passed);
        assert_eq!(
            c,
            Count::Options {
                deciding: 9,
                quorum: 3,
                taking_part: 4,
                options: vec![("Manila".into(), 1), ("Jakarta".into(), 2), ("Bangkok".into(), 0)],
                abstain: 1,
                chosen: Some(2),
            }
        );
        assert_eq!(c.taking_part(), 4);
        assert_eq!(c.chosen(), Some("Jakarta"));
        let args = c.args();
        for (k, v) in [
            ("taking", "4"),
            ("kind", "chosen"),
            ("deciding", "9"),
            ("quorum", "3"),
            ("counts", "Manila 1, Jakarta 2, Bangkok 0"),
            ("abstain", "1"),
            ("chosen", "Jakarta"),
        ] {
            assert!(args.contains(&(k, v.to_string())), "{k}");
        }
        assert_eq!(args.len(), 7);
        assert_eq!(Count::parse(&c.to_json()), Some(c));
        let (outcome, c) = count(Rule::Majority, &replies(&["option-1", "option-2"]), 9, 1, &options);
        assert_eq!(outcome, Outcome::Rejected);
        assert_eq!(c.chosen(), None);
        assert!(c.args().contains(&("kind", "options".to_string())));
        assert!(c.args().contains(&("chosen", String::new())));
        let stale = Count::Options {
            deciding: 1,
            quorum: 1,
            taking_part: 1,
            options: vec![],
            abstain: 0,
            chosen: Some(1),
        };
        assert_eq!(stale.chosen(), None, "an option that is not there");
        let zero = Count::Options {
            deciding: 1,
            quorum: 1,
            taking_part: 1,
            options: vec![("A".into(), 1)],
            abstain: 0,
            chosen: Some(0),
        };
        assert_eq!(zero.chosen(), None, "options count from one");
        let first = Count::Options {
            deciding: 1,
            quorum: 1,
            taking_part: 1,
            options: vec![("A".into(), 1)],
            abstain: 0,
            chosen: Some(1),
        };
        assert_eq!(first.chosen(), Some("A"));
    }

    #[test]
    fn register_filters_at_their_edges() {
        let r = reference();
        let q = |q: &str, year: &str, body: &str, outcome: &str| RegisterQuery {
            q: q.into(),
            year: year.into(),
            body: body.into(),
            outcome: outcome.into(),
        };
        let ok = |raw: RegisterQuery| check_register_query(&raw, &r).unwrap();
        let errors = |raw: RegisterQuery| check_register_query(&raw, &r).unwrap_err().0;
        assert_eq!(ok(q("", "", "", "")), RegisterFilter::default());
        assert_eq!(ok(q("", "", "", "")).query_string(), "");
        let f = ok(q("  Road   map ", " 2026 ", "southeast-asia", "no_quorum"));
        assert_eq!(
            f,
            RegisterFilter {
                q: "Road map".into(),
                year: Some(2026),
                body: Some(Body::Subregion("southeast-asia".into())),
                outcome: Some(Outcome::NoQuorum),
            }
        );
        assert_eq!(f.query_string(), "q=Road%20map&year=2026&body=southeast-asia&outcome=no_quorum");
        assert_eq!(ok(q("", "", "network", "")).body, Some(Body::Network));
        assert_eq!(ok(q("", "", "meeting", "")).query_string(), "body=meeting");
        assert_eq!(ok(q("ก&=", "", "", "")).query_string(), "q=%E0%B8%81%26%3D");
        assert_eq!(ok(q("", "2000", "", "")).year, Some(2000));
        assert_eq!(ok(q("", "2100", "", "")).year, Some(2100));
        for year in ["1999", "2101", "soon", "20.5"] {
            assert_eq!(errors(q("", year, "", "")), [("year", "error-register-year")], "{year}");
        }
        assert_eq!(errors(q("", "", "atlantis", "")), [("body", "error-register-body")]);
        assert_eq!(errors(q("", "", "", "won")), [("outcome", "error-outcome-unknown")]);
        assert_eq!(ok(q(&"q".repeat(200), "", "", "")).q.len(), 200);
        assert_eq!(errors(q(&"q".repeat(201), "", "", "")), [("q", "error-too-long")]);
        assert_eq!(
            errors(q("", "x", "x", "x")),
            [
                ("year", "error-register-year"),
                ("body", "error-register-body"),
                ("outcome", "error-outcome-unknown")
            ]
        );
        assert_eq!(Body::Network.as_str(), "network");
        assert_eq!(Body::Meeting.as_str(), "meeting");
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
    }
}
