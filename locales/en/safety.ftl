# Waymark — safety strings (English, source locale): duress PIN, wrong-PIN
# protection, erase, quick exit, disguise, emergency contacts, SOS, traces.

## Duress PIN

duress-title = Second PIN for emergencies
duress-explain = If someone forces you to open { -brand }, enter this second PIN instead. It opens a harmless version that shows only public information.
duress-set-done = Your second PIN is ready.
duress-removed = Your second PIN has been removed.
duress-wipe-explain = You can choose to erase everything when the second PIN is used. Erasing in front of someone can make them angrier, so this stays off unless you turn it on.
duress-wipe-on = Second PIN erases everything: on
duress-wipe-off = Second PIN erases everything: off

## Wrong-PIN protection

policy-title = Protection against guessing
policy-delays = After 5 wrong PINs, { -brand } makes you wait longer before each new try.
policy-wipe-off = Erase after too many wrong PINs: off
policy-wipe-on = Erase everything after { $count } wrong PINs in a row.
policy-failures = Wrong PINs since the last correct one: { $count }
unlock-wait = Please wait { $seconds } seconds before trying again.
unlock-wait-minutes = Please wait { $minutes } minutes before trying again.

## Erase everything

wipe-title = Erase everything
wipe-explain = This erases your PIN, contacts, messages and progress from this phone at once. It cannot be undone.
wipe-confirm = Erase now
wipe-done = Everything has been erased. { -brand } is now like new.

## Quick exit

quick-exit = Quick exit

## Disguise

disguise-title = Disguise
disguise-explain = Choose how { -brand } appears on your home screen and in notifications.
disguise-none = { -brand }
disguise-calculator = Calculator
disguise-notes = Notes
disguise-weather = Weather
notification-body = Tap to open.
calculator-error = Error

## Emergency contacts

contacts-title = Emergency contacts
contacts-empty = You have not added anyone yet.
contact-saved = Contact saved.
contact-removed = Contact removed.
contact-trusted = Trusted for SOS
channel-sms = Text message (SMS)
channel-call = Phone call
settings-country = Your country (for phone numbers)

## SOS

sos-title = Ask for help (SOS)
sos-explain = Sends a text message (SMS) to the people you trust. It works without mobile data.
sos-sms-warning = Text messages are not encrypted: the phone company, and anyone who looks at the phone that receives it, can read it.
sos-message = I need help urgently. Please call me or come now.
sos-message-named = { $name } needs help urgently. Please call or come now.
sos-location = My location: { $latitude }, { $longitude } (within { $accuracy } m): { $link }
sos-practice = Practice: nothing will be sent.
sos-ready = Ready to send to { $count } trusted people.
sos-review = Check who will get this message. Nothing is sent until you confirm.
sos-confirm = Send SOS now
sos-cancel = Do not send
sos-sent = { $count ->
    [one] SOS sent to one trusted person. This is what they got:
   *[other] SOS sent to { $count } trusted people. This is what each of them got:
}
sos-to = To { $name } ({ $phone })
sos-history-title = SOS history

## Traces on this phone

traces-title = Traces on this phone
traces-intro = Someone who looks through your phone may find signs of { -brand } or of the people you contact. Check these places when it is safe to do so.
traces-call-log = Call log: calls to a hotline appear in your phone's call history. You can delete them one by one.
traces-sms = Text messages: SOS messages stay in your sent messages. You can delete them after sending.
traces-gallery = Photos and screenshots: pictures of documents or chats are saved in your gallery.
traces-notifications = Notifications: messages can appear on the lock screen. Turn off previews in your phone's settings.
traces-cloud = Cloud backups: your phone may copy photos, messages and call logs to an online account that someone else can open.
traces-browser = Web browser: searches and pages you opened stay in the history. Use a private tab or clear it.
traces-keyboard = Keyboard: your keyboard may suggest words you typed before, such as names or places.

## Errors

error-wait = Too many wrong PINs. Please wait { $seconds } seconds before trying again.
error-wait-minutes = Too many wrong PINs. Please wait { $minutes } minutes before trying again.
error-duress-same-as-pin = The second PIN must be different from your PIN.
error-contact-name-empty = Enter a name.
error-contact-name-too-long = A name can have at most { $max } characters.
error-note-too-long = A note can have at most { $max } characters.
error-phone-invalid = This does not look like a phone number.
error-phone-needs-country = Add the country code (for example +66), or choose your country in settings.
error-contact-not-found = This contact does not exist any more.
error-no-trusted-contacts = Choose at least one trusted contact first.
error-wipe-policy-range = Choose a number from { $min } to { $max }.
error-unknown-country = This country is not available.

## Screens of the profile and safety flows

duress-pin-label = Second PIN
duress-set = Save the second PIN
duress-remove = Remove the second PIN
duress-state-on = A second PIN is set.
duress-state-off = No second PIN is set.
settings-country-none = Not chosen
sos-history-empty = No SOS has been sent or practised yet.
sos-history-sent = { $count ->
    [one] { $date }: sent to one trusted person
   *[other] { $date }: sent to { $count } trusted people
}
sos-history-practice = { $count ->
    [one] { $date }: practice with one trusted person
   *[other] { $date }: practice with { $count } trusted people
}
sos-history-location = Your location was included.

# SOS location, chosen at review: the platform asks for permission only then.
sos-location-add = Include my location
sos-location-add-explain = The phone asks for permission first. Anyone who reads the text message will see where you are.
sos-location-included = Your location is included in the message.
sos-location-unavailable = Your location could not be added (no permission, or the phone does not know where it is). The SOS works without it.
