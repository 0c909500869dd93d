## Quiet contact: written messages to a hotline, sealed so only the hotline can read them.

quiet-title = Quiet contact
quiet-intro = Write to a hotline without calling. Your message is sealed on this phone so that only the hotline can read it. It waits here until there is a network, then it is sent.
quiet-hotlines-title = Write to
quiet-conversations-title = Your conversations
quiet-empty = You have not written to a hotline yet.
quiet-outbox-waiting = { $count ->
    [one] One message is waiting for a network.
   *[other] { $count } messages are waiting for a network.
}
quiet-privacy-note = Only the hotline can read these messages. The server that passes them on cannot read them and does not learn your phone number.
quiet-compose-hint = Write your message
quiet-send = Send
quiet-new-conversation = New conversation
quiet-retry = Try again
quiet-earlier = Earlier messages
quiet-you = You
quiet-development-note = This is a test hotline for trying the app. Nobody will answer for real. Do not use it in an emergency.

quiet-status-queued = Waiting to send
quiet-status-sent = Sent
quiet-status-delivered = Delivered to the hotline
quiet-status-replied = The hotline replied
quiet-status-needs-attention = Not sent. Try again.

quiet-hotline-waymark-dev-name = Waymark test hotline
quiet-hotline-waymark-dev-about = A practice hotline for trying quiet contact. Messages go to a test inbox, not to real helpers.

## Sync

sync-title = Send and receive
sync-now = Send and receive now
sync-offline = No network. Your messages are safe on this phone and will be sent later.
sync-running = Sending and receiving…
sync-done = { $sent } sent, { $delivered } delivered, { $replies } replies received.
sync-waiting = { $count ->
    [one] One message is still waiting. The app will try again in { $seconds } seconds.
   *[other] { $count } messages are still waiting. The app will try again in { $seconds } seconds.
}
sync-paused = { $minutes ->
    [one] The server asked the app to wait. It will try again in { $minutes } minute.
   *[other] The server asked the app to wait. It will try again in { $minutes } minutes.
}
sync-budget = { $minutes ->
    [one] The app has used all the requests it makes in an hour, so that it does not stand out. It will try again in { $minutes } minute. Your messages are safe on this phone.
   *[other] The app has used all the requests it makes in an hour, so that it does not stand out. It will try again in { $minutes } minutes. Your messages are safe on this phone.
}

## Backup and restore

backup-title = Backup
backup-intro = A backup keeps your contacts, conversations and progress safe, locked with a recovery code. Only someone with the code can open it.
backup-now = Make a backup
backup-done = Backup saved.
backup-working = Making the backup…
backup-code-title = Your recovery code
backup-code-once = Write this code down and keep it somewhere safe. It is shown only once. Without it, the backup cannot be opened.
restore-title = Restore a backup
restore-intro = Enter your recovery code to bring back your contacts, conversations and progress.
restore-working = Restoring the backup…
task-stop = Stop
restore-done = Backup restored: { $contacts } contacts, { $conversations } conversations, { $messages } messages.

## Errors

error-message-empty = Write a message first.
error-message-control = This message contains characters that cannot be sent (such as NUL or terminal control codes). Remove them and try again.
error-message-too-long = This message is too long. Please make it shorter (at most { $max } bytes).
error-conversation-not-found = This conversation no longer exists.
error-hotline-not-found = This hotline cannot be reached by message.
error-outbox-full = { $max } messages are already waiting to be sent. Please wait until some have been sent.
error-relay-url = This server address cannot be used. It must start with https://.
error-http-timeout = WAYMARK_HTTP_TIMEOUT must be a whole number of seconds from 1 to 600.
error-network = The server could not be reached. Nothing was lost; try again later.
error-cancelled = Stopped. Nothing was changed.
error-relay-refused = The server refused the request. Nothing was changed.
error-relay-too-large = The server sent an answer far too large, so the app refused it. Nothing was lost; try again later.
error-recovery-code-invalid = This is not a recovery code. A recovery code has 24 letters and numbers.
error-recovery-code-wrong = This recovery code does not open the backup. Nothing was changed.
error-backup-not-found = No backup matches this recovery code. Check the code and try again. Nothing was changed.
error-restore-not-empty = A backup can only be restored into a new profile without contacts or conversations.

## Forms shared by the apps

contact-add = Add a contact
contact-edit = Edit contact
contact-remove = Remove contact
contact-name = Name
contact-phone = Phone number
contact-relation = Relation (for example: sister, friend)
contact-note = Note
contact-channel = How to reach them
form-save = Save
form-cancel = Cancel
settings-relay = Message server
menu-quiet = Write to a hotline
menu-backup = Backup and restore
menu-settings = Settings

## Screens of the profile and safety flows

backup-new-code = Make a backup with a new recovery code
backup-new-code-explain = Your next backups are locked with the new code. It is shown only once: write it down.
