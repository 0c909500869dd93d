// A content flow through the generated Kotlin bindings: a lesson, a quiz
// answer, a checklist tick and a search inside a Khmer sentence.
import kotlinx.coroutines.runBlocking

fun contentChecks(checks: Checks) {
    checks.run("content flow in Khmer: lesson, quiz, checklist, search") {
        val (w, _) = newProfile(listOf("km-KH"))
        runBlocking { w.setUp("2468", "2468") }
        val lessons = w.lessonsScreen()
        check(lessons.lessons.size >= 14, "at least fourteen lessons")
        val lesson = w.lessonScreen(lessons.lessons[0].id)
        check(lesson.sections[0].body.any { it in '\u1780'..'\u17FF' }, "Khmer text")
        check(lesson.teacher.discussion.size >= 2, "discussion questions for a teacher")
        check(lesson.teacher.notes.any { it in '\u1780'..'\u17FF' }, "Khmer teacher notes")
        val q = w.quizQuestion(lesson.id, null)
        val answered = runBlocking { w.answerQuiz(lesson.id, q.questionId, q.options[0].id) }
        check(answered.feedback != null, "feedback after answering")
        val item = w.checklistScreen().stages[0].items[0]
        val ticked = runBlocking { w.checkItem(item.id, true) }
        check(ticked.stages[0].items.first { it.id == item.id }.checked, "item ticked")
        // Letters from the middle of the longest unbroken run (several Khmer
        // words written without spaces).
        val run = lesson.sections[1].body.split(Regex("\\s+")).maxByOrNull { it.length } ?: ""
        val start = (run.length - 4) / 2
        val needle = run.substring(start, start + 4)
        check(w.search(needle).results.any { it.id == lesson.id }, "search finds `$needle`")
    }
}
