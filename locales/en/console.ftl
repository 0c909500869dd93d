# The hotline console (console/, served by the relay at /console/).
# Not part of the phone app's bundle: core/build.rs leaves console.ftl out.

app-title = Waymark hotline console
language-label = Language
nav-label = Sections
nav-inbox = Inbox
nav-operators = Operators
nav-canned = Canned replies
nav-audit = Audit trail
nav-retention = Retention
nav-keys = Hotline keys
signout = Sign out
signed-in-as = Signed in as { $name }
loading = Loading…
new-messages = { $count ->
    [one] One new message
   *[other] { $count } new messages
}

signin-title = Sign in
signin-submit = Sign in
signin-working = Checking…
field-name = Name
field-passphrase = Passphrase
field-passphrase-new = Passphrase (at least { $min } characters)
field-passphrase-again = Passphrase again

invite-title = Join the hotline team
invite-intro = You have been invited as { $role }. Choose your name and a passphrase. Your key is made on this computer and stored only locked with your passphrase.
invite-submit = Join
invite-heading = Invite a colleague
invite-role = Role
invite-create = Create an invitation link
invite-expires = The link works once, until { $time }.
role-admin = administrator
role-operator = caseworker

import-title = Import the hotline key
import-intro = Paste the hotline's private key (64 hexadecimal digits). It is locked to your own key in this browser; the relay never sees it.
import-field = Hotline private key
import-submit = Import
nokey-title = Waiting for access
your-fingerprint = Your key fingerprint (the administrator compares it before granting access):
nokey-operator = An administrator has not given you the hotline key yet. Ask them to grant you access, then sign in again.

inbox-title = Inbox
inbox-empty = No messages yet.
inbox-no-match = No conversation matches these filters.
inbox-unreadable = { $count ->
    [one] One message does not open with the hotline keys you hold: it may be damaged, or sealed to a key you have not been given.
   *[other] { $count } messages do not open with the hotline keys you hold: they may be damaged, or sealed to a key you have not been given.
}
filter-status = Status
filter-any-status = Every status
filter-assignee = Assigned to
filter-anyone = Anyone
filter-mine = Mine
filter-unassigned = Nobody yet
search-placeholder = Search the messages you can read
col-person = Message
col-language = Language
col-status = Status
col-assignee = Assigned to
col-unread = Unread
col-last = Last activity
col-role = Role
col-state = State
col-fingerprint = Key fingerprint
col-access = Access
col-time = Time
col-operator = Who
col-action = What
col-conversation = Conversation
col-target = Colleague
col-key-id = Key id
col-public-key = Public key

status-new = New
status-open = Open
status-waiting = Waiting for the person
status-closed = Closed
state-active = Active
state-suspended = Suspended
state-removed = Removed
assignee-nobody = Nobody
assignee-me = Me
assignee-me-named = Me ({ $name })
saved = Saved.
assign-to-me = Assign to me

back-to-inbox = Back to the inbox
conv-started = Conversation started { $time }
message-meta = Written { $time }
message-unreadable = This message does not open with the hotline keys you hold.
record-unreadable = This entry does not open with the hotline keys you hold.
reply-by = Reply by { $name }
note-by = Private note by { $name }
delivery-sent = waiting in the mailbox
delivery-picked-up = picked up by the phone
reply-label = Reply
reply-send = Send reply
canned-pick = Insert a canned reply…
canned-other-languages = Other languages
note-label = Private note
note-private = Only the team sees notes; the person never does.
note-add = Add note
tags-label = Tags (separated by commas)
tags-save = Save tags
export = Export the conversation
export-heading = Waymark conversation { $conversation } (exported, decrypted)

grant = Grant access
grant-explain = After a colleague joins, compare their key fingerprint with the one they see on their screen, then grant access: your browser locks the hotline key to their key.
access-ok = Has the hotline key
access-missing = Needs access
suspend = Suspend
resume = Resume
remove = Remove
remove-confirm = Click again to remove { $name }

canned-new = New canned reply
canned-editing = Edit canned reply
canned-title = Title
canned-body = Text
canned-save = Save
canned-update = Save changes
canned-empty = No canned replies yet.
edit = Edit
delete = Delete

audit-explain = Who did what and when. The trail never holds what anyone wrote.
audit-older = Older entries
audit-signed_in = signed in
audit-signed_out = signed out
audit-sign_in_failed = failed to sign in
audit-opened = opened a conversation
audit-status = changed a status
audit-assigned = assigned a conversation
audit-tagged = changed tags
audit-noted = added a note
audit-replied = replied
audit-exported = exported a conversation
audit-invited = invited someone
audit-joined = joined
audit-granted = granted access
audit-suspended = suspended a colleague
audit-resumed = resumed a colleague
audit-removed = removed a colleague
audit-key_added = added a hotline key
audit-canned_saved = saved a canned reply
audit-canned_deleted = deleted a canned reply
audit-retention_set = changed the retention policy
audit-retention_deleted = deleted conversations by retention

retention-explain = Conversations are deleted from the relay for good, keeping only what stops a phone from sending them again. Leave a field empty to keep conversations forever.
retention-closed = Delete closed conversations after (days)
retention-inactive = Delete conversations without activity after (days)
retention-save = Save policy
retention-saved = Policy saved.
retention-run = Apply now
retention-deleted = { $count ->
    [one] One conversation deleted.
   *[other] { $count } conversations deleted.
}

keys-rotate = Add or rotate a hotline key
keys-explain = Paste the new private key. Then grant it to each colleague on the Operators page, and publish the new public key in a signed content pack (docs/console.md, "Rotating the hotline key").
keys-add = Add key

error-network = The relay cannot be reached. Nothing you typed is lost; try again when the connection is back.
error-session-expired = Your session has ended. Sign in again; what you typed is kept.
error-bad-credentials = That name or passphrase is not right, or this account is no longer active.
error-rate-limited = Too many attempts. Wait a few minutes and try again.
error-forbidden = Only an administrator can do that.
error-not-found = That is no longer on the relay.
error-storage = The relay could not save this. Try again in a moment.
error-unknown = Something went wrong ({ $code }). Try again.
error-does-not-open = This does not open with the keys you hold.
error-key-blob = Your key on the relay does not open with this passphrase. Ask an administrator.
error-no-hotline-key = You do not hold a hotline key yet.
error-passphrase-short = The passphrase needs at least 12 characters.
error-passphrase-mismatch = The two passphrases are not the same.
error-name-empty = Enter a name.
error-name-taken = That name is already used. Choose another one.
error-invite-gone = This invitation link is not valid: it was used already or has expired. Ask for a new one.
error-key-hex = A hotline key is 64 hexadecimal digits (0–9, a–f).
error-reply-empty = Write a reply first.
error-note-empty = Write the note first.
error-canned-empty = A canned reply needs a title and a text.
error-too-long = That text is too long (at most 8 KiB).
error-no-route = This conversation has no reply address yet: the phone has not sent it. Wait for its next message.
error-days = Enter a whole number of days, or leave the field empty.
