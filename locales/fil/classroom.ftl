# Waymark — classroom mode (Filipino). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.
# Plurals: in Filipino the CLDR category "one" also covers 2, 3, 5, 7, 8, 10 …, so only [0] and [other] are used.

classroom-title = Mode ng klase
classroom-intro = Pangunahan ang isang aralin kasama ang iyong klase sa device na ito o sa projector: ang pagsusulit bago ang aralin, ang aralin mismo, ang talakayan, ang parehong pagsusulit muli, at ang natutunan ng klase. Kung gusto mo, mabibilang mo ang nakataas na kamay sa bawat sagot.
classroom-privacy = Walang itinatago ang mode ng klase tungkol sa mga estudyante: walang pangalan, walang sagot, walang resulta. Bilang lang ng mga kamay ang hawak, sa screen na ito, at mawawala ito pagtapos ng sesyon.
classroom-outline-pre = Bago ang aralin: { $count } tanong ng pagsusulit para sa klase
classroom-outline-lesson = Ang aralin: { $count } bahagi
classroom-outline-discussion = Talakayan: { $count } tanong, may mga tala para sa guro
classroom-outline-post = Pagkatapos ng aralin: ang parehong { $count } tanong muli
classroom-outline-summary = Ang natutunan ng klase: tamang sagot bago at pagkatapos
classroom-start = Simulan ang sesyon
classroom-step-pre = Bago ang aralin
classroom-step-lesson = Ang aralin
classroom-step-discussion = Talakayan
classroom-step-post = Pagkatapos ng aralin
classroom-step-summary = Ang natutunan ng klase
classroom-progress = Hakbang { $number } sa { $total }
classroom-next = Susunod
classroom-reveal = Ipakita ang sagot
classroom-back = Bumalik
classroom-end = Tapusin ang sesyon
classroom-tally-hint = Opsyonal: hilingin sa klase na magtaas ng kamay sa bawat sagot at magdagdag ng isa sa bawat kamay. Bilang lang ang itinatago.
classroom-tally-closed = Sarado na ang bilang para sa tanong na ito.
classroom-hands = { $count ->
    [0] Wala pang nabilang na kamay
   *[other] { $count } kamay ang nabilang
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = Ang tamang sagot
classroom-summary-title = Ang natutunan ng klase
classroom-summary-intro = Ang bahagi ng mga nakataas na kamay sa tamang sagot, bago at pagkatapos ng aralin. Bilang ito ng buong klase, hindi marka ng sinuman.
classroom-summary-pre = Bago: { $right } sa { $hands } ang tama ({ $percent }%)
classroom-summary-pre-none = Bago: hindi binilang
classroom-summary-post = Pagkatapos: { $right } sa { $hands } ang tama ({ $percent }%)
classroom-summary-post-none = Pagkatapos: hindi binilang
classroom-summary-overall = Lahat ng tanong
classroom-summary-change = Tumaas ang tamang sagot mula { $before }% bago ang aralin hanggang { $after }% pagkatapos nito.
classroom-summary-change-none = Bilangin ang mga kamay bago at pagkatapos ng aralin para maikumpara.
