# Waymark — content pack messages (English).

content-version = Content version { $version }
error-pack-malformed = This file is not a Waymark content pack, or it is damaged.
error-pack-untrusted = This content pack is not signed by a publisher this app trusts. Nothing was changed.
error-pack-bad-signature = This content pack was changed after it was signed. Nothing was changed.
error-pack-not-newer = This content pack is not newer than the content you have (version { $version }). Nothing was changed.
error-pack-invalid = This content pack is incomplete or has errors. Nothing was changed.

## Screens of the profile and safety flows

content-install-title = Install content from a file
content-install-intro = Lessons, checklists and hotline numbers can be updated from a file, for example one shared by an organisation you trust. { -brand } installs it only if it is signed and newer than what you have.
content-install-file = File
content-install-action = Install
content-install-done = Content updated from version { $before } to version { $after }.
