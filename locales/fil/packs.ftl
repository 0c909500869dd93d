# Waymark — content pack messages (Filipino). Machine-drafted; awaiting native-speaker review.

content-version = Bersyon ng nilalaman { $version }
error-pack-malformed = Ang file na ito ay hindi pakete ng nilalaman ng Waymark, o sira ito.
error-pack-untrusted = Ang paketeng ito ay hindi pinirmahan ng tagapaglathala na pinagkakatiwalaan ng app na ito. Walang binago.
error-pack-bad-signature = Binago ang paketeng ito matapos itong pirmahan. Walang binago.
error-pack-not-newer = Hindi mas bago ang paketeng ito kaysa sa nilalamang mayroon ka (bersyon { $version }). Walang binago.
error-pack-invalid = Kulang o may mali ang paketeng ito. Walang binago.

## Screens of the profile and safety flows

content-install-title = Mag-install ng nilalaman mula sa file
content-install-intro = Maaaring i-update ang mga aralin, checklist at numero ng hotline mula sa isang file, halimbawa mula sa isang organisasyong pinagkakatiwalaan mo. Ini-install ito ng { -brand } kung may pirma ito at mas bago kaysa sa mayroon ka.
content-install-file = Talaksan
content-install-action = I-install
content-install-done = Na-update ang nilalaman mula bersyon { $before } patungong bersyon { $after }.
