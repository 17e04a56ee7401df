# Collective decisions: proposals, country consultations, positions, the decisions register.
nav-governance = Decisions
proposals-title = Proposals
proposals-intro = The council decides together: each country network forms its position from its members' stances, and its focal point casts it.
proposals-none = No proposals yet.
proposal-open = Open a proposal
proposal-title = Title
proposal-background = Background
proposal-question = The question
proposal-rule = Decision rule
proposal-rule-hint = Consensus passes when no country blocks and enough countries take part; a majority counts the countries that agree against those that disagree.
proposal-who = Who decides
proposal-whole-network = All countries of the network
proposal-quorum = Quorum (countries taking part)
proposal-quorum-hint = At most the number of countries that decide. Abstaining counts as taking part.
proposal-opens = Opens
proposal-closes = Closes
proposal-times-hint = Leave the opening empty to open now.
proposal-public = Public: visitors may read the proposal and its result
proposal-phase = Status
proposal-members-only = members only
proposal-countries = { $count ->
    [one] one country
   *[other] { $count } countries
}
proposal-countries-title = Country positions
proposal-close-now = Close now and count the positions
phase-upcoming = Not open yet
phase-open = Open for positions
phase-closed = Closed
rule-consensus = Consensus
rule-majority = Simple majority
rule-two-thirds = Two-thirds majority
answer-agree = Agree
answer-abstain = Abstain
answer-disagree = Disagree
answer-block = Block
outcome-passed = Passed
outcome-rejected = Rejected
outcome-blocked = Blocked
outcome-no-quorum = Quorum not reached
stance-of = Stance of { $entity }
stance-current = Your stance now:
stance-answer = Stance
stance-reason = Reason
stance-reason-hint = A block must give its reason. You can change your stance until the proposal closes.
stance-save = Save the stance
stance-none = No stance yet
desk-title = Position of { $country }
desk-no-members = This country has no active members yet.
desk-member = Member
position-current = Your country's position now:
position-answer = Position
position-rationale = Rationale
position-hint = The position can change until the proposal closes; every change is kept.
position-save = Cast the position
position-none = No position
position-taken = Position taken
positions-published-at-close = Positions are published with the result when the proposal closes.
position-history = Every position cast
register-title = Decisions register
register-intro = Every decision of the council, its rule and outcome, and the follow-up actions with who does them and by when.
register-none = No decisions yet.
action-description = Follow-up action
action-owner = Owner
action-due = Due
action-status = Status
action-done = Done
action-in-progress = In progress
action-overdue = Overdue
action-add = Add a follow-up action
action-mark-done = Mark done
error-proposal-title-required = Give the proposal a title.
error-proposal-question-required = Write the question the countries answer.
error-rule-unknown = Choose a decision rule.
error-quorum = The quorum is a number of countries, at least 1.
error-quorum-too-large = The quorum is larger than the number of countries that decide.
error-moment = Write the time as YYYY-MM-DDTHH:MM, in your time zone.
error-closes-before-opens = The proposal must close after it opens.
error-closes-in-past = The closing time has already passed.
error-answer-unknown = Choose one of the answers offered.
error-block-needs-reason = A block must give its reason.
error-proposal-not-open = This proposal is not open for positions: it has closed or not opened yet.
error-country-not-deciding = This country does not decide this proposal.
error-action-description = Describe the action (at most 500 characters).
error-action-owner = Name who does the action.
flash-proposal-opened = The proposal is open.
flash-proposal-closed = The proposal is closed and its result is in the decisions register.
flash-stance-saved = The stance is saved.
flash-position-saved = The country's position is saved.
flash-action-added = The follow-up action is added.
flash-action-done = The action is marked done.
governance-reminder-subject = Your country's position is awaited: { $title }
governance-reminder-body = The proposal "{ $title }" closes on { $closes } and your country has not taken a position yet. See your members' stances and cast the position on the platform.
structure-title = How the council is organised
structure-intro = Who holds each office, who coordinates each sub-region and who are the focal points of each country network, as the platform's roles say today.
structure-offices = Offices
structure-coordinators = Coordinators
structure-vacant = Vacant
meetings-title = Meetings and assemblies
meetings-none = No meetings yet.
meetings-calendar-feed = Calendar feed (iCalendar)
meeting-plan = Plan a meeting
meeting-title = Title
meeting-kind = Kind
meeting-kind-online = Online meeting
meeting-kind-in-person = Meeting in person
meeting-kind-assembly = Triennial assembly
meeting-starts = Starts
meeting-ends = Ends
meeting-when = When
meeting-place = Place
meeting-link = Link to join
meeting-online = Online
meeting-description = Description
meeting-agenda = Agenda
meeting-agenda-hint = One item a line.
meeting-agenda-proposals = Proposals to put on the agenda
meeting-invited = Invited country networks
meeting-invited-hint = With no country or organisation chosen, the whole network is invited.
meeting-public = Public: visitors may see the meeting, its approved minutes and its decisions
meeting-upcoming = Upcoming
meeting-add-to-calendar = Add to my calendar (.ics)
meeting-register = Register to take part
meeting-registered = You are registered.
meeting-attendance = Registrations and attendance
meeting-no-registrations = Nobody has registered yet.
meeting-attended = Who attended
meeting-minutes = Minutes
meeting-decisions = Decisions taken in this meeting
meeting-record-decision = Record a decision
decision-outcome = Outcome
decision-summary = Summary
minutes-none = No minutes yet.
minutes-draft = Draft: only management sees it until it is approved.
minutes-approved = Approved by management.
minutes-draft-label = Draft of the minutes
minutes-save = Save the draft
minutes-approve = Approve the minutes
error-meeting-title-required = Give the meeting a title.
error-meeting-kind = Choose the kind of meeting.
error-meeting-ends-before-start = The meeting must end after it starts.
error-meeting-link-required = An online meeting needs the link to join it.
error-meeting-place-required = A meeting in person needs its place.
error-proposal-unknown = This proposal cannot go on the agenda.
error-agenda-too-long = An agenda has at most 30 items.
error-meeting-over = This meeting is over.
error-minutes = Write the minutes (at most 50,000 characters).
error-minutes-approved = The minutes are approved and no longer change.
error-minutes-no-draft = There is no draft of the minutes to approve.
error-outcome-unknown = Choose the outcome.
flash-meeting-planned = The meeting is planned.
flash-registered = You are registered for the meeting.
flash-attendance-saved = The attendance is saved.
flash-minutes-saved = The draft of the minutes is saved.
flash-minutes-approved = The minutes are approved.
flash-decision-recorded = The decision is recorded in the register.
proposal-options = Options (one a line)
proposal-options-hint = Leave empty to ask agree / abstain / disagree / block. With options, countries choose one (or abstain) and a majority rule decides.
error-options = Offer between 2 and 10 options of at most 200 characters each, one a line.
error-options-need-majority = Options are chosen by a vote: pick a simple or two-thirds majority.
governance-settings-title = Decision settings
governance-delegation = Sub-regions and country networks may open proposals
governance-delegation-hint = When ticked, a sub-region's coordinators and the focal points of its countries may open proposals decided by that sub-region. Proposals for the whole network stay with management.
flash-settings-saved = The settings are saved.
proposal-background-hint = Markdown: **bold**, *italic*, lists, [links](https://…).
proposal-background-other = The background in other languages
proposal-attachments = Attachments
proposal-attach = Attach a document
proposal-attach-hint = PDF, PNG, JPEG or WebP, at most 5 MB.
error-attachment-too-big = The document is larger than 5 MB.
error-attachment-missing = Choose a document to attach.
error-attachment-type = Attach a PDF document or a PNG, JPEG or WebP image.
flash-attachment-added = The document is attached.
governance-opened-subject = A proposal awaits your country's position: { $title }
governance-opened-body = The proposal "{ $title }" is open until { $closes }. Your country's members can state their stances; as focal point, you cast the country's position on the platform.
governance-meeting-subject = Meeting: { $title }
governance-meeting-body = Your country network is invited to "{ $title }", starting { $when }. Register and add it to your calendar on the platform.
meeting-invited-members = Invited member organisations
error-member-unknown = Invite active member organisations only.

## Navigation and a person's home
nav-meetings = Meetings
nav-governance-settings = Governance settings
waiting-positions = { $count ->
    [one] 1 open proposal without your country's position
   *[other] { $count } open proposals without your country's position
}
waiting-stances = { $count ->
    [one] 1 open proposal without a stance from { $name }
   *[other] { $count } open proposals without a stance from { $name }
}
waiting-minutes = { $count ->
    [one] 1 meeting's minutes to approve
   *[other] { $count } meetings' minutes to approve
}
waiting-actions = { $count ->
    [one] 1 follow-up action of the decisions register still open
   *[other] { $count } follow-up actions of the decisions register still open
}

## When a proposal actually closed
proposal-closed = Closed
proposal-closed-on = { $when }, at its closing time
proposal-closed-early = { $when }, early, by { $who }

## Telling members of proposals
governance-opened-member-subject = A proposal awaits your organisation's stance: { $title }
governance-opened-member-body = The proposal "{ $title }" is open until { $closes }. As your organisation's representative, state its stance on the platform; your country's focal point casts the country's position.
governance-closed-subject = Decided: { $title } — { $outcome ->
    [passed] { outcome-passed }
    [rejected] { outcome-rejected }
    [blocked] { outcome-blocked }
   *[other] { outcome-no-quorum }
}
governance-closed-body = The proposal "{ $title }" has closed. { outcome-summary } Each country's position is on the platform.

## How the positions counted: the proposal page, the register, its download and the closing email
outcome-summary = { $kind ->
    [chosen] { $taking } of { $deciding } countries took part: { $counts }, abstain { $abstain } (quorum { $quorum }). Chosen: { $chosen }.
    [options] { $taking } of { $deciding } countries took part: { $counts }, abstain { $abstain } (quorum { $quorum }).
   *[answers] { $taking } of { $deciding } countries took part: { $agree } agree, { $abstain } abstain, { $disagree } disagree, { $block } block (quorum { $quorum }).
}

## The register's search, filters and download
register-search = Search titles and summaries
register-year = Year
register-body = Decided by
register-body-meeting = A meeting or assembly
register-outcome = Outcome
register-any = Any
register-filter = Show
register-clear = Show every decision
register-found = { $count ->
    [one] 1 decision
   *[other] { $count } decisions
}
register-download = Download these decisions (CSV)
register-csv-date = Date
register-csv-title = Title
register-csv-body = Decided by
register-csv-body-code = Decided by (code)
register-csv-rule = Decision rule
register-csv-rule-code = Decision rule (code)
register-csv-outcome = Outcome
register-csv-outcome-code = Outcome (code)
register-csv-summary = Summary
register-csv-link = Link
register-csv-recorded = Recorded (UTC)
error-register-year = Choose a year from the list (2000 to 2100).
error-register-body = Choose who decided from the list.

## Asking before a step that cannot be undone
confirm-close-proposal = Close this proposal now and count the positions?
confirm-approve-minutes = Approve these minutes? Approved minutes no longer change.
confirm-record-decision = Record this decision in the register?
confirm-action-done = Mark this follow-up action done?
