# Membership: applications, the MOU, country networks.
nav-countries = Country networks
nav-apply = Apply for membership
form-has-problems = Some answers need another look. They are marked below.
filter-any = Any
error-too-long = This is too long.
territory-of = { $territory } (part of the { $country } network)

apply-title = Apply for membership
apply-intro = Tell the network about your organisation. You can save a draft and come back; the focal points of your country and ASEC management read it once you submit.
apply-section-identity = Your organisation
apply-section-place = Where you work
apply-section-people = Who you work with
apply-section-work = What you do
apply-section-commitments = Commitment to the five SSE dimensions
apply-commitments-hint = A short statement for each dimension: how your organisation lives it.
apply-save-draft = Save draft
apply-submit = Submit application
apply-duplicate = An organisation named { $name } is already registered in this country network. Is it yours?
apply-not-duplicate = It is a different organisation: save mine anyway.

field-legal-name = Legal name
field-short-name = Short name
field-kind = Kind of organisation
field-registration-number = Registration number
field-registration-hint = Leave empty for an informal group.
field-registrar = Registered with
field-registration-year = Year of registration
field-website = Website
field-country = Country
field-city = City or town
field-latitude = Latitude
field-longitude = Longitude
field-coordinates-hint = Optional, in decimal degrees, for example 3.1390 and 101.6869 for Kuala Lumpur.
field-location = Location
field-members-total = Members
field-members-women = Women among the members
field-beneficiaries-total = People reached
field-beneficiaries-women = Women among the people reached
field-constituencies = Constituencies you serve
field-description = Description
field-description-lang = Language of the description
field-description-lang-hint = A language code such as en, id, ms, th, vi, zh, hi.
field-sdgs = Sustainable Development Goals you work on
field-signer-name = Name of the person signing
field-signer-title = Their title in the organisation
field-signed-on = Date of signing
field-agree = I accept this memorandum on behalf of the organisation.
field-mou-title = Title
field-mou-body = Text

error-entity-name-required = Please enter the organisation's legal name.
error-entity-duplicate = This name is already registered in this country network.
error-kind-unknown = Choose a kind of organisation.
error-country-unknown = Choose one of the network's countries.
error-country-move = A member moves to another country network only through ASEC management, who check it with that country's focal points. Keep the country as it is, or write to management.
error-city-required = Please enter the city or town.
error-latitude = Latitude is a number between -90 and 90.
error-longitude = Longitude is a number between -180 and 180.
error-coordinates-pair = Give both latitude and longitude, or neither.
error-year = Enter a year between 1800 and this year.
error-website = Enter a full address starting with https://
error-count = Enter a whole number, 0 or more.
error-women-above-total = This cannot be more than the total.
error-description-required = Please describe your organisation's work.
error-language-code = Enter a two- or three-letter language code.
error-constituency-unknown = Choose from the list.
error-constituency-required = Choose at least one constituency.
error-sdg-unknown = Choose from the list.
error-sdg-required = Choose at least one goal.
error-commitment-required = Please write a short statement.
error-reason-required = Please say why: the organisation will read it.
error-signer-name = Please enter the name of the person signing.
error-signer-title = Please enter their title.
error-signed-on = Enter the date of signing (not in the future).
error-agree-required = Tick the box to accept the memorandum.
error-mou-title = Please give the memorandum a title.
error-mou-body = Please enter the memorandum's text.

status-draft = Draft
status-awaiting-endorsement = Waiting for the country's endorsement
status-sent-back = Sent back with questions
status-awaiting-approval = Waiting for ASEC management
status-awaiting-mou = Approved: waiting for the MOU
status-active = Active member
status-suspended = Suspended
status-withdrawn = Withdrawn
status-lapsed = Lapsed
status-declined = Declined

step-endorse = Endorse
step-approve = Approve
step-send-back = Send back with questions
step-decline = Decline
step-suspend = Suspend
step-reinstate = Reinstate
step-withdraw = Withdraw membership

application-status = Status
application-note = Message from the reviewers:
application-no-focal-point = This country has no focal point yet, so the application goes straight to ASEC management.
application-edit = Edit the application
application-accept-mou = Read and accept the MOU
application-actions = Your decision
application-reason = Reason or questions
application-profile = Profile
application-history = History
application-no-history = Not submitted yet.
mine-title = Your applications
mine-empty = You have not applied for an organisation yet.

flash-draft-saved = Draft saved. You can come back to it at any time.
flash-application-submitted = Application submitted. We will email you at each step.
flash-changed-meanwhile = Someone else acted on this meanwhile. Here is where it stands now.
flash-step-endorse = Endorsed. ASEC management decides next.
flash-step-approve = Approved. The organisation now accepts the MOU.
flash-step-send-back = Sent back with your questions.
flash-step-decline = Declined.
flash-step-suspend = Membership suspended.
flash-step-reinstate = Membership reinstated.
flash-step-withdraw = Membership withdrawn.
flash-mou-accepted = Welcome to the network: your organisation is now an active member.
flash-mou-published = The new version of the MOU is published.

mou-accept-title = Memorandum of understanding
mou-accept-intro = To become an active member, { $entity } accepts the memorandum on the SSE Development Roadmap 2025–2030.
mou-version = Version { $version }
mou-accept-submit = Accept the memorandum
mou-not-published = ASEC management has not published the memorandum yet. You will find it here once it is.
mou-accepted-by = MOU version { $version } accepted by { $signer }, { $title }, on { $date }.
mou-edit-title = The MOU on the SSE Development Roadmap
mou-edit-hint = Publishing saves a new version; organisations accept the newest one. Separate paragraphs with an empty line.
mou-publish = Publish as a new version

pipeline-title = Applications in progress
pipeline-empty = No application matches.
pipeline-age = Waiting
pipeline-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

countries-title = Country networks
country-coordinated-by = Coordinated by
country-focal-points = Focal points
country-no-focal-point = No focal point yet.
country-target = Partners
country-target-below = { $count ->
    [one] { $count } active member; the aim is { $range }.
   *[other] { $count } active members; the aim is { $range }.
}
country-target-within = { $count ->
    [one] { $count } active member, within the aim of { $range }.
   *[other] { $count } active members, within the aim of { $range }.
}
country-target-above = { $count ->
    [one] { $count } active member, above the aim of { $range }.
   *[other] { $count } active members, above the aim of { $range }.
}
country-target-above-allowed = { $count ->
    [one] { $count } active member, above the aim of { $range }, as a large country may.
   *[other] { $count } active members, above the aim of { $range }, as a large country may.
}
country-constituencies = Constituencies
country-served = Served by members:
country-missing = Not yet served:
country-members = Active members
country-no-members = No active members yet.

mail-application-to-endorse-subject = An application from { $country } waits for your endorsement
mail-application-to-endorse-body = Hello { $name },

    { $entity } has applied to join the network in { $country }. As a focal point of the country, please read the application and endorse it, send it back with questions, or decline it:

    { $link }
mail-application-to-approve-subject = An application from { $country } waits for ASEC management
mail-application-to-approve-body = Hello { $name },

    The application of { $entity } ({ $country }) waits for management's decision:

    { $link }
mail-application-update-subject = Your application for { $entity }: { $status }
mail-application-update-body = Hello { $name },

    The application of { $entity } is now: { $status }.

    { $reason }

    See it here: { $link }
mail-membership-new-member-subject = { $entity } is now an active member in { $country }
mail-membership-new-member-body = Hello { $name },

    { $entity } has accepted the MOU and is now an active member of the { $country } network.

    { $link }

subregion-coordinators = Sub-region coordinators
subregion-no-coordinator = No coordinator appointed yet.
appoint-email = Email address of their account
appoint-focal-point = Appoint as focal point
appoint-focal-point-hint = A country has at most two focal points.
appoint-coordinator = Appoint as coordinator
appoint-remove = End this appointment
flash-appointed = Appointed.
flash-already-appointed = This person already holds this role.
flash-appointment-ended = Appointment ended.
flash-no-such-account = No account uses this email address. Ask the person to create one first.
profile-edit-title = Edit the profile
profile-history-title = History of changes
profile-history-empty = No changes yet.
profile-history-field = What changed
flash-profile-updated = Profile updated.
step-renew = Confirm our profile is current
flash-step-renew = Thank you: your membership is renewed for a year.
mail-renewal-reminder-subject = Time to renew the membership of { $entity }
mail-renewal-reminder-body = Hello { $name },

    Once a year, ASEC members confirm that their profile is current. Please check the profile of { $entity } and confirm it within a month:

    { $link }

    Without confirmation, the membership lapses two months after it is due.
error-page = That page number is out of range.
members-title = Members
members-download-csv = Download as CSV (filtered as shown)
country-chat = Chat group
country-chat-private = Only the country's members, its focal points and ASEC management see this.
country-chat-none = No chat group link yet.
country-chat-open = Open the country's chat group
country-chat-link = Link to the chat group (https://…)
error-chat-link = The chat group link must start with https:// and have no spaces.
flash-chat-link-saved = Chat group link saved.
field-link-1 = Social media or other link
field-link-2 = Another link
field-link-3 = Another link
field-links = Links
field-links-hint = Full addresses starting with https://, such as your Facebook page.
field-sectors = Economic sectors
field-languages = Languages you work in
field-languages-hint = Tick every language your organisation works in.
field-other-description = Description in another language ({ $n })
apply-section-contacts = Contact people
apply-contacts-hint = Private: only ASEC management, your country's focal points and your organisation's representatives see these.
field-contact = Contact { $n }
field-contact-name = Name
field-contact-role = Role
field-contact-email = Email address
field-contact-phone = Phone
error-sector-unknown = Choose from the list.
error-language-twice = This language already has a description.
error-contact-name = Please give the contact's name.
error-phone = A phone number has digits, spaces and + - ( ) only.
field-logo = Logo
field-logo-hint = A PNG, JPEG or WebP image of at most 1 MB.
logo-upload = Upload the logo
logo-alt = Logo of { $name }
error-logo-missing = Choose an image file first.
error-logo-type = The logo must be a PNG, JPEG or WebP image.
error-logo-too-big = The logo may be at most 1 MB.
flash-logo-saved = Logo saved.
import-unknown-column = This column is not one the import knows.
import-missing-column = This column is required.
import-duplicate-in-file = The same name appears earlier in this file for the same country.
import-title = Import members
import-file = CSV file (UTF-8)
import-hint = One organisation a row, with a header row. Lists (constituencies, SDGs, sectors, languages) are separated by semicolons. The columns:
import-dry-run = Only check the file (dry run)
import-submit = Check or import
import-row = Row
import-column = Column
import-problem = Problem
import-dry-run-ok = { $count ->
    [one] { $count } row checked: no problems. Untick "Only check the file" to import it.
   *[other] { $count } rows checked: no problems. Untick "Only check the file" to import them.
}
import-done = { $count ->
    [one] { $count } member imported.
   *[other] { $count } members imported.
}
import-problems = { $count ->
    [one] { $count } problem found: nothing was imported.
   *[other] { $count } problems found: nothing was imported.
}
members-download-xlsx = Download as a spreadsheet (XLSX)

## Navigation and a person's home
nav-pipeline = Applications
nav-members = Members
nav-mou = MOU
waiting-endorse = { $count ->
    [one] 1 application to endorse
   *[other] { $count } applications to endorse
}
waiting-approve = { $count ->
    [one] 1 application to approve
   *[other] { $count } applications to approve
}
waiting-mou-members = { $count ->
    [one] 1 approved member has not accepted the MOU yet
   *[other] { $count } approved members have not accepted the MOU yet
}
waiting-renewals = { $count ->
    [one] 1 membership renewal due
   *[other] { $count } membership renewals due
}
waiting-own-draft = Your draft application for { $name }: complete and submit it
waiting-own-sent-back = { $name }: your application was sent back with questions
waiting-own-mou = { $name } is approved: accept the MOU to become an active member
waiting-own-status = Your application for { $name }: { $status }
waiting-own-renewal = Renew the membership of { $name }
waiting-own-all = All your applications
apply-account-needed = Applying takes an account: the person who applies keeps the application and is told of each step. Create one, or sign in if you have one.
apply-have-account = I have an account: sign in
apply-continue-draft = You have saved a draft. Continue it instead of starting again:
waiting-own-status-note = Your application for { $name }: { $status }. The reviewer's note: { $note }
application-note-optional = A note for the applicant (optional)

# The profile form: limits, the summary of problems, working languages by name.
field-at-most = At most { $max } characters.
error-summary-title = { $count ->
    [one] There is 1 problem
   *[other] There are { $count } problems
}
error-summary-hint = Each link takes you to the answer to change. Nothing was saved.
error-summary-item = { $field }: { $problem }
language-name-unknown = Language code { $code }

# The accepted MOU: its print view and management's countersignature.
mou-print-link = Print the signed MOU
mou-print-title = Memorandum of understanding: { $entity }
mou-print-hint = Use your browser's Print command to print this page or save it as a PDF.
mou-print-organisation = Organisation
mou-print-version = Version
mou-print-accepted-heading = Accepted for the organisation
mou-print-accepted = { $signer }, { $title }, signed on { $date }.
mou-print-recorded = Accepted in the platform by { $by } on { $at }.
mou-print-countersigned-heading = Countersigned for ASEC
mou-print-countersigned = Countersigned by { $by } for ASEC management on { $at }.
mou-not-countersigned = Not yet countersigned
mou-countersign-button = Countersign the MOU
mou-countersign-title = Countersign the MOU of { $entity }
mou-countersign-intro = You countersign for ASEC the MOU version { $version } that { $signer } accepted for { $entity } on { $date }. A countersignature cannot be undone.
field-countersign-confirm = I countersign this memorandum on behalf of ASEC and understand that it cannot be undone.
error-countersign-confirm = Tick the box to confirm the countersignature.
mou-countersign-submit = Countersign
mou-countersign-cancel = Back to the organisation
flash-mou-countersigned = The MOU is countersigned, and the organisation's representatives are told.
error-mou-not-accepted = This organisation has not accepted an MOU yet.
error-mou-already-countersigned = This MOU is already countersigned.
mou-queue-title = Accepted MOUs waiting for a countersignature
mou-queue-empty = No accepted MOU waits for a countersignature.
mou-queue-accepted = accepted on { $date }
waiting-countersign = { $count ->
    [one] 1 accepted MOU to countersign
   *[other] { $count } accepted MOUs to countersign
}
mail-mou-countersigned-subject = The MOU of { $entity } is countersigned by ASEC
mail-mou-countersigned-body = Hello { $name },

    ASEC management has countersigned the memorandum of understanding that { $entity } accepted. You can print the signed memorandum here:

    { $link }

audit-action-mou-countersign = Countersigned an MOU
language-name-en = English
language-name-id = Indonesian
language-name-ms = Malay
language-name-jv = Javanese
language-name-su = Sundanese
language-name-fil = Filipino
language-name-ceb = Cebuano
language-name-th = Thai
language-name-vi = Vietnamese
language-name-km = Khmer
language-name-lo = Lao
language-name-my = Burmese
language-name-tet = Tetum
language-name-zh = Chinese
language-name-ja = Japanese
language-name-ko = Korean
language-name-mn = Mongolian
language-name-hi = Hindi
language-name-bn = Bengali
language-name-ur = Urdu
language-name-ne = Nepali
language-name-si = Sinhala
language-name-ta = Tamil
language-name-te = Telugu
language-name-ml = Malayalam
language-name-kn = Kannada
language-name-mr = Marathi
language-name-gu = Gujarati
language-name-pa = Punjabi
language-name-or = Odia
language-name-as = Assamese
language-name-dz = Dzongkha
language-name-dv = Dhivehi
language-name-ps = Pashto
language-name-fa = Persian
language-name-uz = Uzbek
language-name-kk = Kazakh
language-name-ky = Kyrgyz
language-name-tg = Tajik
language-name-tk = Turkmen
language-name-ru = Russian
language-name-ar = Arabic
language-name-fr = French
language-name-es = Spanish
language-name-pt = Portuguese
language-name-de = German
language-name-nl = Dutch
confirm-step-decline = Decline this application? The organisation would have to apply again.
confirm-step-withdraw = Withdraw this membership? The organisation would have to apply again.
