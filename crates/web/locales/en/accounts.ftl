# Accounts and access: sign-up, sign-in, profile, security, administration, emails.
save = Save
search = Search
filter = Filter
actions = Actions
previous = Previous
next = Next
pagination = Pages

field-display-name = Your name
field-email = Email address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-new-email = New email address
field-time-zone = Time zone
field-time-zone-hint = Times on every page are shown in this zone; times you type are read in it.
account-time-zone-automatic = From the country of my role (now { $zone })
error-unknown-time-zone = Choose a time zone from the list.
field-language = Language
field-code = Code from your authenticator app, or a recovery code
password-hint = At least 10 characters. A few words you can remember make a strong password.

error-email-required = Please enter your email address.
error-email-invalid = This does not look like an email address, for example name@example.org.
error-email-same = This is already your email address.
error-email-taken = Another account already uses this email address.
error-password-required = Please enter your password.
error-password-too-short = The password must have at least 10 characters.
error-password-too-long = The password may have at most 200 characters.
error-password-wrong = This password is not right.
error-name-required = Please enter your name.
error-name-invalid = The name may have at most 100 characters.
error-code-wrong = This code is not right or was already used. Check the time on your phone and try the newest code.
error-token-name = Give the token a name of at most 80 characters.
error-token-scope = Choose read-only or read and write.
error-token-expires = Choose when the token expires.
error-role-unknown = Choose a role.
error-scope-unknown = Choose where the role applies.
error-scope-needs-network = This role applies to the whole network.
error-scope-needs-subregion = This role needs a sub-region.
error-scope-needs-country = This role needs a country.
error-scope-needs-entity = This role needs a member entity: choose "Member entity" and enter its number.
error-scope-full = A country has at most two focal points. Take the role from one of them first.
error-date-invalid = Enter a date as YYYY-MM-DD.
error-changed-meanwhile = Someone else changed this meanwhile. Reload the page and try again.

signup-title = Create an account
signup-submit = Create account
signup-have-account = Already have an account?
signup-done-title = Check your email
signup-done-text = We have sent a message to the address you gave. Follow the link in it to confirm your address, then sign in.

login-title = Sign in
login-submit = Sign in
login-failed = The email address or password is not right.
login-forgot = Forgot your password?
login-two-factor-title = Two-factor sign-in
login-two-factor-intro = Enter the 6-digit code from your authenticator app, or one of your recovery codes.

verify-done-title = Email address confirmed
verify-done-text = Thank you. Your email address is confirmed.
token-problem-title = This link cannot be used
token-unknown = This link is not valid. Check that you copied all of it.
token-expired = This link has expired. Ask for a new one.
token-used = This link was already used. Each link works only once.

reset-title = Reset your password
reset-intro = Enter the email address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-sent-title = Check your email
reset-sent-text = If an account uses this address, we have sent it a link to choose a new password. The link works for one hour.
reset-new-title = Choose a new password
reset-new-submit = Save the new password
reset-again = Ask for a new link

setup-title = Create the first administrator
setup-intro = This account will run the platform: people, roles, settings and backups. After creating it, turn on two-factor sign-in to use these powers.
setup-submit = Create administrator

account-title = Your account
account-profile = Profile
account-email = Email address
account-verified = confirmed
account-unverified = not confirmed yet
account-resend-verification = Send the confirmation email again
account-security = Security
account-roles = Roles
account-no-roles = No roles yet.
password-title = Change password
email-title = Change email address
email-current = Your address now: { $email }
email-submit = Send a confirmation link
email-sent-title = Confirm your new address
email-sent-text = We have sent a link to the new address. Your address changes when you follow it.
email-changed-title = Email address changed
email-changed-text = Your account now uses the new address.

sessions-title = Where you are signed in
sessions-device = Device
sessions-address = Address
sessions-started = Signed in
sessions-last-seen = Last active
sessions-this-device = this device
sessions-end = Sign out there
sessions-end-others = Sign out everywhere else

two-factor-title = Two-factor sign-in
two-factor-on = on
two-factor-off = off
two-factor-set-up = Turn on two-factor sign-in
two-factor-intro = With two-factor sign-in, signing in needs your password and a code from an authenticator app on your phone.
two-factor-step-scan = Scan this code with an authenticator app, or type the key below into it.
two-factor-step-code = Enter the 6-digit code the app shows.
two-factor-qr-label = QR code for your authenticator app
two-factor-secret-label = Key:
two-factor-enable = Turn on
two-factor-on-text = Two-factor sign-in is on for your account.
two-factor-codes-left = { $count ->
    [one] You have { $count } unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
two-factor-new-codes = Make new recovery codes
two-factor-disable = Turn off two-factor sign-in
two-factor-disable-hint = Type your password and a code from your authenticator app (or a recovery code). Your other sessions and your API tokens will end.
two-factor-enable-hint = Your other sessions and your API tokens will end: sign in again there with the code.
recovery-title = Your recovery codes
recovery-intro = Keep these codes somewhere safe. Each one lets you sign in once if you lose your phone. They are shown only now.
recovery-done = I have saved them

tokens-title = API tokens
tokens-intro = Personal tokens let programs use the platform's JSON API as you. Keep them secret.
tokens-name = Name
tokens-scope = Access
tokens-scope-read = Read only
tokens-scope-write = Read and write
tokens-created = Created
tokens-last-used = Last used
tokens-never-used = never
tokens-expires = Expires
tokens-expires-never = never
tokens-expires-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
tokens-expired = expired
tokens-revoke = Revoke
tokens-revoked = revoked
tokens-create = Create a token
tokens-new-once = Copy this token now. It will not be shown again.

role-administrator = Administrator
role-management = ASEC management
role-treasurer = Treasurer
role-subregion-coordinator = Sub-region coordinator
role-focal-point = Country focal point
role-entity-representative = Entity representative
role-chair = Chair
role-executive-secretary = Executive secretary
role-communication-officer = Communication officer
role-ripess-representative = RIPESS representative
scope-network = Whole network
scope-entity = Member entity { $id }

admin-users = People
admin-user-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-admin-count = { $count ->
    [one] { $count } administrator
   *[other] { $count } administrators
}
admin-audit = Audit log
admin-audit-intro = Every change: who, when, what, before and after.
admin-outbox = Outbox
admin-smtp-on = Mail is sent through the configured SMTP server.
admin-smtp-off = No SMTP server is configured: mail stays here, in the outbox, and is not delivered.
admin-search = Name or email
admin-status = Status
admin-col-name = Name
admin-col-email = Email
admin-col-verified = Email confirmed
admin-col-two-factor = Two-factor sign-in
admin-col-disabled = Disabled
admin-created = Created
admin-disable = Disable account
admin-enable = Enable account
admin-revoke = Revoke
admin-add-grant = Give a role
admin-role = Role
admin-scope = Where
scope-entity-option = A member organisation (named below)
admin-entity = Member organisation
admin-entity-hint = For the representative role: part of the organisation's name, or its number.
admin-entity-pick = Several organisations match: pick one
error-entity-required = Type the organisation's name or number.
error-entity-unknown = No organisation has this number.
error-entity-no-match = No organisation's name holds these words.
error-entity-several = Several organisations match; pick one below and add the role again.
error-entity-too-many = Many organisations match; pick one below or type more of the name.
audit-actor = Who
audit-action = Action
audit-when = When
audit-object = Object
audit-before = Before
audit-after = After
audit-object-type = Object type
audit-object-id = Object id
audit-from = From
audit-to = To
audit-empty = No changes match.
audit-system = system
outbox-to = To
outbox-subject = Subject
outbox-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
outbox-status-pending = waiting
outbox-status-sending = sending
outbox-status-sent = sent
outbox-status-failed = failed

flash-signed-in = You are signed in.
flash-signed-out = You are signed out.
flash-admin-created = Administrator created. Turn on two-factor sign-in now to use administrator powers.
flash-already-verified = Your email address is already confirmed.
flash-verification-sent = We have sent the confirmation email again.
flash-profile-saved = Profile saved.
flash-password-changed = Password changed. You were signed out on your other devices.
flash-password-reset = Your password is changed. Sign in with the new one.
flash-session-ended = Signed out there.
flash-sessions-ended = Signed out everywhere else.
flash-two-factor-already-on = Two-factor sign-in is already on.
flash-two-factor-off = Two-factor sign-in is off.
flash-two-factor-already-off = Two-factor sign-in is already off.
flash-two-factor-expired = The sign-in took too long. Please start again.
flash-token-revoked = Token revoked. Programs using it can no longer sign in.
flash-grant-added = Role given.
flash-grant-exists = This person already has that role.
flash-grant-revoked = Role taken away.
flash-last-administrator = The platform needs at least one administrator. Give the role to someone else first.
flash-cannot-disable-self = You cannot disable your own account.
flash-user-disabled = Account disabled and signed out everywhere.
flash-user-enabled = Account enabled.

mail-verify-subject = Confirm your email address for { $network }
mail-verify-body = Hello { $name },

    Please confirm your email address by opening this link:

    { $link }

    The link works for 48 hours. If you did not create an account, you can ignore this message.
mail-already-registered-subject = Someone tried to create an account with your address
mail-already-registered-body = Hello { $name },

    Someone, perhaps you, tried to create a new account with this email address, but you already have one.

    To sign in: { $login_link }
    If you forgot your password: { $reset_link }

    If it was not you, you can ignore this message.
mail-reset-subject = Choose a new password for { $network }
mail-reset-body = Hello { $name },

    To choose a new password, open this link:

    { $link }

    The link works for one hour and only once. If you did not ask for it, you can ignore this message; your password stays the same.
mail-confirm-email-subject = Confirm your new email address for { $network }
mail-confirm-email-body = Hello { $name },

    To use this address for your account, open this link:

    { $link }

    The link works for 48 hours. If you did not ask for this, you can ignore this message.
mail-email-changed-subject = Your email address was changed
mail-email-changed-body = Hello { $name },

    Your account now uses the address { $new_email }. If you did not do this, reset your password at once and tell the platform's administrators.
mail-password-changed-subject = Your password was changed
mail-password-changed-body = Hello { $name },

    The password of your account was just changed. If you did not do this, reset your password at once and tell the platform's administrators.
mail-two-factor-on-subject = Two-factor sign-in is on
mail-two-factor-on-body = Hello { $name },

    Two-factor sign-in is now on for your account. Keep your recovery codes somewhere safe.
mail-two-factor-off-subject = Two-factor sign-in is off
mail-two-factor-off-body = Hello { $name },

    Two-factor sign-in was turned off for your account. If you did not do this, reset your password at once and tell the platform's administrators.

nav-notifications = Notifications
notifications-title = Notifications
notifications-empty = Nothing yet. When something needs you, you will find it here and in your email.
notifications-mark-read = Mark all as read
notifications-new = new
flash-notifications-read = All notifications marked as read.

## A person's home: what waits for them
nav-my-work = My work
me-title = What waits for you
me-intro = Each line is work of yours, with where to do it.
me-nothing = Nothing waits for you at the moment.
me-due = Due { $when }
me-account = Your account settings
waiting-two-factor = Your roles need the second factor: turn it on to use them
waiting-verify-email = Confirm your email address
waiting-notifications = { $count ->
    [one] 1 notification not read
   *[other] { $count } notifications not read
}

## Told when a role is given or taken away
mail-role-granted-subject = You now hold a role: { $role }, { $scope }
mail-role-granted-body = Hello { $name },

    You were given the role { $role } ({ $scope }). What waits for you in this role is on your home page:

    { $link }
mail-role-revoked-subject = You no longer hold a role: { $role }, { $scope }
mail-role-revoked-body = Hello { $name },

    The role { $role } ({ $scope }) was taken away from your account. If you think this is a mistake, tell the platform's administrators.

## The audit log in words
audit-download-csv = Download this view as CSV
audit-action-api-token-create = Created an API token
audit-action-api-token-revoke = Revoked an API token
audit-action-country-set-chat-link = Set the country's chat link
audit-action-decision-action-add = Added a follow-up action
audit-action-decision-action-done = Marked a follow-up action done
audit-action-demo-load = Loaded the demo network
audit-action-directory-licence = Changed the open data licence
audit-action-entity-create = Started an application
audit-action-entity-generate = Generated sample members
audit-action-entity-import = Imported a member
audit-action-entity-logo = Changed the logo
audit-action-entity-logo-moved = Moved the logo into the file store
audit-action-entity-status = Took an admission step
audit-action-entity-test-seed = Added a test member
audit-action-entity-update = Changed a profile
audit-action-governance-delegation = Changed who may open proposals
audit-action-grant-create = Gave a role
audit-action-grant-revoke = Took a role away
audit-action-meeting-attendance = Recorded attendance
audit-action-meeting-create = Planned a meeting
audit-action-meeting-decision = Recorded a meeting's decision
audit-action-meeting-minutes-approve = Approved the minutes
audit-action-meeting-minutes-draft = Drafted the minutes
audit-action-meeting-plan = Planned a meeting
audit-action-meeting-register = Registered for a meeting
audit-action-mou-publish = Published an MOU version
audit-action-project-create = Added a project
audit-action-project-delete = Deleted a project
audit-action-project-demo = Added a demo project
audit-action-project-feature = Featured or unfeatured a project
audit-action-project-photo-add = Added a photo
audit-action-project-photo-moved = Moved a photo into the file store
audit-action-project-photo-remove = Removed a photo
audit-action-project-update = Changed a project
audit-action-proposal-attach = Attached a file
audit-action-proposal-attachment-moved = Moved an attachment into the file store
audit-action-proposal-close = Closed a proposal
audit-action-proposal-open = Opened a proposal
audit-action-proposal-position = Stated a country's position
audit-action-proposal-stance = Stated an organisation's stance
audit-action-session-create = Signed in
audit-action-session-end = Ended a session
audit-action-session-end-others = Ended the other sessions
audit-action-user-change-email = Changed the email address
audit-action-user-change-password = Changed the password
audit-action-user-create = Created an account
audit-action-user-disable = Disabled an account
audit-action-user-enable = Enabled an account
audit-action-user-disable-two-factor = Turned two-factor sign-in off
audit-action-user-enable-two-factor = Turned two-factor sign-in on
audit-action-user-regenerate-recovery-codes = Made new recovery codes
audit-action-user-reset-password = Reset the password
audit-action-user-update-profile = Changed their account
audit-action-user-verify-email = Confirmed the email address
audit-type-api-token = API token
audit-type-country = Country network
audit-type-decision = Decision
audit-type-entity = Member
audit-type-meeting = Meeting
audit-type-mou = MOU
audit-type-network = Network
audit-type-project = Project
audit-type-proposal = Proposal
audit-type-role-grant = Role
audit-type-session = Session
audit-type-setting = Setting
audit-type-user = Account
