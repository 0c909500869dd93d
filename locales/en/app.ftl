# Waymark — application strings (English, source locale).
# Every user-facing string lives here. Translations mirror these ids exactly.
# "-brand" is the product name: never translate it.

-brand = Waymark

## Set-up screen

setup-title = Set up { -brand }
setup-intro = Choose a PIN (4 to 12 digits) or a passphrase (at least 8 characters). Everything you keep in { -brand } is locked with it.
setup-pin-label = PIN or passphrase
setup-confirm-label = Enter it again
setup-submit = Create my private space
setup-warning = If you forget your PIN, nobody can open your data, not even the { -brand } team.
setup-done = Your private space is ready and locked with your PIN.

## Unlock screen

unlock-title = Enter your PIN
unlock-prompt = Enter your PIN or passphrase to open { -brand }.
unlock-submit = Open
unlock-done = Unlocked.

## Locking

lock-action = Lock now
lock-done = { -brand } is locked.
lock-on-exit = { -brand } locks again as soon as this command ends.

## Home screen

home-title = Home
home-greeting = Welcome back.
home-greeting-named = Welcome back, { $name }.
home-language = Language: { $language }
review-machine-drafted = This translation was drafted by machine and has not yet been checked by a native speaker.
review-native-reviewed = This translation has been checked by a native speaker.

## Profile state

state-new = Not set up yet
state-locked = Locked
state-unlocked = Unlocked
status-state = State: { $state }

## Changing the PIN

change-pin-title = Change PIN
change-pin-current = Current PIN or passphrase
change-pin-new = New PIN or passphrase
change-pin-done = Your PIN has been changed.

## Settings

settings-title = Settings
settings-language = Language
settings-language-device = Same as this device ({ $language })
settings-display-name = What should { -brand } call you?
settings-saved = Saved.

## Language check (for translators)

l10n-check-ok = All { $count } languages have every message.
l10n-check-failed = { $count } problems found in the translations.
content-root-missing = No content/ and locales/ folders found there or in any folder above. Run this inside the { -brand } repository, or give --root DIR.

## Errors

error-wrong-pin = That PIN or passphrase is not correct.
error-pin-empty = Enter a PIN or passphrase.
error-pin-too-short = A PIN needs at least 4 digits.
error-pin-too-long = A PIN can have at most 12 digits.
error-passphrase-too-short = A passphrase needs at least { $min } characters.
error-passphrase-too-long = A passphrase can have at most { $max } characters.
error-pin-missing = No PIN was given. Set WAYMARK_PIN or type it on standard input.
error-input-not-text = This input is not readable text (it must be UTF-8). Nothing was changed.
error-file-not-found = There is no file at this path.
error-pins-differ = The two entries do not match.
error-not-set-up = { -brand } is not set up on this device yet.
error-already-set-up = { -brand } is already set up on this device.
error-locked = { -brand } is locked. Enter your PIN first.
error-corrupted = Your saved data is damaged and could not be read. Nothing was changed. If you made a backup, you can erase and restore it with your recovery code.
error-platform-secret = This phone's secure storage did not answer. Try again.
error-storage = { -brand } could not save or read its data on this device.
error-unknown-language = This language is not available.
error-name-too-long = A name can have at most { $max } characters.
error-invalid-input = This value cannot be used here.
error-usage = This command was not understood.
error-tui-needs-terminal = The terminal app needs a terminal to draw on. In scripts, use the other commands.
error-internal = Something went wrong inside { -brand }. Your data is safe. Please try again.

## Screens of the profile and safety flows

settings-display-name-hint = Optional. Leave it empty and { -brand } uses no name.

# The phone's key store lost the key of the device secret: nothing stored opens again.
error-platform-secret-lost = The key that protected what was saved in this app is no longer on this phone. What was saved here cannot be opened again.
secret-lost-title = Saved data can no longer be opened
secret-lost-explain = This phone's secure key store no longer has the key that protected what was saved in this app. This can happen after the screen lock was removed or the phone was reset. No PIN can open it now, and no one else can open it either.
secret-lost-start-over = Start over
secret-lost-start-over-explain = Erases what is left on this phone and sets up the app again with a new PIN.
secret-lost-restore = Restore from a backup
secret-lost-restore-explain = Erases what is left on this phone. Then choose a new PIN and enter your recovery code to bring back your last backup.
