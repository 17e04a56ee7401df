# The platform shell: layout, navigation, errors, home page.
skip-to-content = Skip to content
nav-label = Main
nav-account-label = Your account
nav-home = Home
nav-admin = Administration
nav-sign-in = Sign in
nav-sign-up = Create account
nav-sign-out = Sign out
language-label = Language
language-switch = Change
footer-tagline = Social and solidarity economy across Asia

home-title = Home
home-intro = A network of cooperatives, social enterprises, farmers' and women's groups and informal workers' associations in Asia, working together for a social and solidarity economy.
home-hello = Welcome back, { $name }.
home-join = Join the network
home-network-heading = Our network
home-country-count = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
home-sdg-count = { $count ->
    [one] { $count } Sustainable Development Goal
   *[other] { $count } Sustainable Development Goals
}

error-code-label = Error code
error-back-home = Back to the home page
error-not-found = This page does not exist.
error-unauthenticated = Please sign in to continue.
error-forbidden = You do not have permission to do this.
error-two-factor-required = This needs two-factor sign-in. Turn it on for your account first.
error-second-factor-again = This needs a sign-in with your second factor. Sign out, then sign in again with the code from your authenticator app.
error-csrf = This form has expired or was not sent from this site. Go back, reload the page and try again.
error-rate-limited = Too many attempts. Please wait a little and try again.
error-payload-too-large = What you sent is too large.
error-invalid-token = The access token is missing, wrong or revoked.
error-internal = Something went wrong on our side. It has been logged; please try again later.
error-bad-request = The request could not be understood.
error-control-characters = What was sent holds characters that are not text (such as a null character). Remove them and try again.
error-timeout = This took too long to answer. Please try again.
error-unknown-language = That language is not available.
flash-sign-in-first = Please sign in to continue.
flash-language-changed = Language changed.

# Moments as people read them (the figures are filled in).
answer-yes = Yes
answer-no = No
times-in-zone = Times are in { $zone } ({ $offset }). Change it in your account settings.
datetime-at = { $date } { $time } { $zone }
datetime-range = { $start } – { $end } { $zone }
error-unavailable = A service the platform needs is not answering. Nothing was saved; please try again in a few minutes.
choose-country = Choose a country
confirm-cannot-undo = This cannot be undone.
confirm-yes = Confirm
confirm-cancel = Cancel
