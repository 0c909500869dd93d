# Waymark — classroom mode: a teacher leads one lesson with a class (English source).
# Nothing about students is stored; every screen says so (classroom-privacy).

classroom-title = Classroom mode
classroom-intro = Lead one lesson with your class on this device or a projector: the quiz before the lesson, the lesson itself, the discussion, the quiz again, and what the class learnt. You can count raised hands for each answer if you want to.
classroom-privacy = Classroom mode stores nothing about students: no names, no answers, no results. Only hand counts are kept, on this screen, and they are gone when the session ends.
classroom-outline-pre = Before the lesson: { $count } quiz questions for the class
classroom-outline-lesson = The lesson: { $count } parts
classroom-outline-discussion = Discussion: { $count } questions, with notes for the teacher
classroom-outline-post = After the lesson: the same { $count } questions again
classroom-outline-summary = What the class learnt: right answers before and after
classroom-start = Start the session
classroom-step-pre = Before the lesson
classroom-step-lesson = The lesson
classroom-step-discussion = Discussion
classroom-step-post = After the lesson
classroom-step-summary = What the class learnt
classroom-progress = Step { $number } of { $total }
classroom-next = Next
classroom-reveal = Show the answer
classroom-back = Back
classroom-end = End the session
classroom-tally-hint = Optional: ask the class to raise hands for each answer and add one for each hand. Only the count is kept.
classroom-tally-closed = The count for this question is closed.
classroom-hands = { $count ->
    [0] No hands counted
    [one] 1 hand counted
   *[other] { $count } hands counted
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = The right answer
classroom-summary-title = What the class learnt
classroom-summary-intro = The share of raised hands on the right answer, before and after the lesson. These are counts for the whole class, not marks for anyone.
classroom-summary-pre = Before: { $right } of { $hands } right ({ $percent }%)
classroom-summary-pre-none = Before: not counted
classroom-summary-post = After: { $right } of { $hands } right ({ $percent }%)
classroom-summary-post-none = After: not counted
classroom-summary-overall = All questions
classroom-summary-change = Right answers went from { $before }% before the lesson to { $after }% after it.
classroom-summary-change-none = Count hands before and after the lesson to compare them.
