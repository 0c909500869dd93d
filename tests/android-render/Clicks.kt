// The main navigation driven by taps on real Compose nodes (the desktop
// compose UI test API), not by calling WaymarkUi's actions: set up, lock,
// unlock by typing the PIN, home, a lesson, its quiz, an answer and its
// feedback. Each step finds the node by the core's text, taps or types into
// it, waits for the core's answer and checks the model and what is drawn.
// A plain main; tests/android-render.sh runs it.
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextClearance
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.waymark.core.HomeScreen
import app.waymark.core.LessonListScreen
import app.waymark.core.LessonScreen
import app.waymark.core.QuizQuestionScreen
import app.waymark.core.SetupScreen
import app.waymark.core.UnlockScreen
import app.waymark.core.Waymark
import app.waymark.ui.WaymarkApp
import app.waymark.ui.WaymarkUi
import java.io.File
import java.nio.file.Files
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.runBlocking

var taps = 0

@OptIn(ExperimentalTestApi::class)
fun SkikoComposeUiTest.tap(text: String): SemanticsNodeInteraction {
    val node = onAllNodes(hasText(text, substring = true) and hasClickAction()).onFirst()
    node.performScrollTo().performClick()
    taps++
    return node
}

/** After a tap: the core's answer has landed and Compose has drawn it; the model on top must be an [M]. */
@OptIn(ExperimentalTestApi::class)
inline fun <reified M> SkikoComposeUiTest.landed(ui: WaymarkUi, what: String): M {
    runBlocking { ui.idle() }
    waitForIdle()
    return ui.model as? M ?: fail("$what: ${ui.model?.let { it::class.simpleName }} on screen, error ${ui.error?.take(60)}")
}

@OptIn(ExperimentalTestApi::class)
fun main() {
    val root = Files.createTempDirectory("waymark-clicks").toFile()
    val core = Waymark(File(root, "profile").path, listOf("km"), FileSecret(File(root, "secret")))
    val ui = WaymarkUi(core, CountingPlatform(), CoroutineScope(SupervisorJob() + Dispatchers.Default))
    val started = System.nanoTime()
    runDesktopComposeUiTest(411, 2400) {
        setContent { WaymarkApp(ui) }
        ui.refresh()
        val setup = landed<SetupScreen>(ui, "setup")
        val fields = onAllNodes(hasSetTextAction())
        fields[0].performTextInput(SHELL_PIN); fields[1].performTextInput(SHELL_PIN)
        tap(setup.submitLabel)
        val home = landed<HomeScreen>(ui, "home after the setup button")
        tap(home.lockLabel)
        val unlock = landed<UnlockScreen>(ui, "unlock after the lock button")
        onAllNodes(hasSetTextAction()).onFirst().performTextInput("0000")
        tap(unlock.submitLabel)
        landed<UnlockScreen>(ui, "unlock after a wrong PIN")
        if (ui.error == null) fail("a wrong PIN typed and tapped showed no error")
        onAllNodes(hasText(ui.error!!)).onFirst().assertExistsOrFail("the wrong-PIN reason is not drawn")
        val pinField = onAllNodes(hasSetTextAction()).onFirst()
        pinField.performTextClearance(); pinField.performTextInput(SHELL_PIN)
        tap(unlock.submitLabel)
        val back = landed<HomeScreen>(ui, "home after typing the PIN")
        val lessonsItem = back.menu.first { it.destination == app.waymark.core.Destination.LESSONS }
        tap(lessonsItem.label)
        val lessons = landed<LessonListScreen>(ui, "lessons after tapping the menu")
        tap(lessons.lessons.first().title)
        val lesson = landed<LessonScreen>(ui, "a lesson after tapping its title")
        if (lesson.id != lessons.lessons.first().id) fail("tapping a lesson opened another")
        tap(lesson.startQuizLabel)
        val quiz = landed<QuizQuestionScreen>(ui, "the quiz after its start button")
        val option = quiz.options.first()
        tap(option.text)
        val answered = landed<QuizQuestionScreen>(ui, "the quiz after tapping an answer")
        val feedback = answered.feedback ?: fail("tapping an answer brought no feedback")
        onAllNodes(hasText(feedback.explanation)).onFirst().assertExistsOrFail("the feedback is not drawn")
        tap(answered.nextLabel)
        landed<Any>(ui, "after the next button")
    }
    println("clicks: $taps taps on Compose nodes (setup, lock, unlock, lessons, lesson, quiz, answer, next) in %.1f s".format((System.nanoTime() - started) / 1e9))
}

fun SemanticsNodeInteraction.assertExistsOrFail(why: String) {
    try { assertExists() } catch (e: AssertionError) { fail(why) }
}
