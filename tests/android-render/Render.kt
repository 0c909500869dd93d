// Renders every reachable screen of android/ui from the REAL core (generated
// Kotlin bindings, JVM) in all nine locales, headless, to
// target/screens/android/<locale>/<screen>.png. Fails on an exception, on a
// screen it cannot reach, and on text that overflows its box. A plain main
// (no JUnit jar here); see tests/android-render.sh.
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.foundation.layout.height
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.use
import androidx.compose.ui.unit.Density
import app.waymark.core.Answer
import app.waymark.core.CalcKey
import app.waymark.core.ContactInput
import app.waymark.core.Destination
import app.waymark.core.Disguise
import app.waymark.core.NumberAction
import app.waymark.core.PlatformSecret
import app.waymark.core.RedFlagAnswer
import app.waymark.core.Screen
import app.waymark.core.Waymark
import app.waymark.core.availableLocales
import app.waymark.ui.*
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import kotlinx.coroutines.runBlocking
import org.jetbrains.skia.EncodedImageFormat

class FileSecret(private val file: File) : PlatformSecret {
    override fun deviceSecret(): ByteArray {
        if (!file.exists()) file.writeBytes(ByteArray(32).also { SecureRandom().nextBytes(it) })
        return file.readBytes()
    }
    override fun destroyDeviceSecret() { file.delete() }
    override fun deviceSecretExists(): Boolean = file.exists()
}

/** The render test only records what was asked; it never decides anything. */
object Recorder : WaymarkActions {
    override fun setUp(pin: String, confirmation: String) {}
    override fun unlock(pin: String) {}
    override fun lock() {}
    override fun quickExit() {}
    override fun open(destination: Destination) {}
    override fun openLesson(id: String) {}
    override fun checkJobOffer(answers: Map<String, Answer>) {}
    override fun follow(action: NumberAction) {}
    override fun openConversation(id: Long) {}
    override fun send(conversation: Long, body: String) {}
    override fun retry(conversation: Long, message: Long) {}
    override fun chooseDisguise(disguise: Disguise) {}
    override fun calculator(key: CalcKey) {}
    override fun answerQuiz(lesson: String, question: String, option: String) {}
    override fun retakeQuiz(lesson: String) {}
    override fun setRoute(id: String) {}
    override fun checkItem(id: String, checked: Boolean) {}
    override fun search(query: String) {}
    override fun openSearchResult(target: app.waymark.core.SearchTarget) {}
    override fun saveContact(id: Long?, contact: ContactInput) {}
    override fun removeContact(id: Long) {}
    override fun sosReview() {}
    override fun sosConfirm() {}
    override fun sosCancel() {}
    override fun sosPractice() {}
    override fun backup() {}
    override fun restore() {}
    override fun saveSettings(language: String, displayName: String, country: String?) {}
    override fun setWipeAfter(count: UInt?) {}
    override fun changePin(current: String, new: String, confirmation: String) {}
    override fun setDuressPin(pin: String, duressPin: String, confirmation: String, wipeOnUse: Boolean) {}
    override fun removeDuressPin(pin: String) {}
    override fun back() {}
}

val overflow = mutableListOf<String>()
var rendered = 0
val linkKinds = mutableSetOf<app.waymark.core.LinkKind>()

fun png(dir: File, name: String, content: @Composable () -> Unit) {
    val hits = mutableListOf<String>()
    // A phone-sized window: 411 x 2400 dp-ish at density 1 keeps long scrolls in one image.
    val scene = ImageComposeScene(411, 2400, Density(1f)) {
        CompositionLocalProvider(LocalOverflow provides { t: String -> hits += t }) { content() }
    }
    try {
        val img = scene.render()
        val data = img.encodeToData(EncodedImageFormat.PNG) ?: throw IllegalStateException("no PNG for $name")
        File(dir, "$name.png").writeBytes(data.bytes)
        rendered++
    } finally {
        scene.close()
    }
    for (h in hits) overflow += "${dir.name}/$name: ${h.take(40)}"
}

fun main() {
    System.setProperty("java.awt.headless", "true")
    val started = System.nanoTime()
    val out = File("target/screens/android")
    val root = Files.createTempDirectory("waymark-render").toFile()
    val w = Waymark(File(root, "profile").path, listOf("en"), FileSecret(File(root, "device.secret")))
    val screens = mutableMapOf<String, Int>()
    // The overflow check itself must work: a text squeezed into a 4 px box is caught.
    val probe = mutableListOf<String>()
    ImageComposeScene(100, 100, Density(1f)) {
        CompositionLocalProvider(LocalOverflow provides { t: String -> probe += t }) {
            T("overflow probe", modifier = androidx.compose.ui.Modifier.height(androidx.compose.ui.unit.Dp(4f)))
        }
    }.use { it.render() }
    if (probe.isEmpty()) throw IllegalStateException("the overflow check caught nothing in a 4 px box")
    runBlocking {
        // A fresh profile first: setup, in every locale.
        for (loc in availableLocales()) {
            w.setDeviceLocales(listOf(loc.tag))
            val dir = File(out, loc.tag).apply { mkdirs() }
            val s = w.screen() as? Screen.Setup ?: throw IllegalStateException("setup not reachable")
            png(dir, "setup") { SetupView(s.screen, Recorder) }
        }
        w.setUp("2468", "2468")
        w.addContact(ContactInput(name = "Render Contact", phone = "+66812345678", relation = null, note = null, channel = app.waymark.core.Channel.SMS, trusted = true))
        val conv = w.conversationWith("waymark-dev")
        w.sendMessage(conv, "render test / ทดสอบ")
        for (loc in availableLocales()) {
            w.setDeviceLocales(listOf(loc.tag))
            val dir = File(out, loc.tag).apply { mkdirs() }
            val home = w.screen() as? Screen.Home ?: throw IllegalStateException("home not reachable in ${loc.tag}")
            val exit = home.screen.quickExitLabel
            png(dir, "home") { HomeView(home.screen, exit, Recorder) }
            val lessons = w.lessonsScreen()
            png(dir, "lessons") { LessonsView(lessons, exit, Recorder) }
            val first = lessons.lessons.firstOrNull() ?: throw IllegalStateException("no lesson to open")
            val lesson = w.lessonScreen(first.id)
            png(dir, "lesson") { LessonView(lesson, exit, Recorder) }
            val q = w.quizQuestion(first.id, null)
            png(dir, "quiz") { QuizView(q, exit, Recorder) }
            val answered = w.answerQuiz(first.id, q.questionId, q.options.first().id)
            png(dir, "quiz-feedback") { QuizView(answered, exit, Recorder) }
            var next = answered
            while (next.nextQuestion != null) next = w.answerQuiz(first.id, next.nextQuestion!!, w.quizQuestion(first.id, next.nextQuestion).options.first().id)
            val quizResult = w.quizResult(first.id)
            png(dir, "quiz-result") { QuizResultView(quizResult, exit, Recorder) }
            w.resetQuiz(first.id)
            val checklist = w.setRoute(w.checklistScreen().routes.first().id)
            png(dir, "checklist") { ChecklistView(checklist, exit, Recorder) }
            val found = w.search(lesson.title.split(" ").first())
            if (found.results.isEmpty()) throw IllegalStateException("search finds nothing in ${loc.tag}")
            png(dir, "search") { SearchView(found, exit, Recorder) }
            val contactId = w.contactsScreen().contacts.first().id
            val form = w.contactForm(contactId)
            png(dir, "contact-form") { ContactFormView(form, exit, Recorder) }
            val newForm = w.contactForm(null)
            png(dir, "contact-new") { ContactFormView(newForm, exit, Recorder) }
            val sos = w.sosScreen()
            png(dir, "sos") { SosView(sos, exit, Recorder) }
            val review = w.sosReview(null)
            png(dir, "sos-review") { SosPlanView(review, exit, Recorder) }
            w.sosCancel()
            val practice = w.sosPractice(null)
            png(dir, "sos-practice") { SosPlanView(practice, exit, Recorder) }
            val history = w.sosHistoryScreen()
            png(dir, "sos-history") { SosHistoryView(history, exit, Recorder) }
            val backup = w.backupScreen()
            png(dir, "backup") { BackupView(backup, exit, Recorder) }
            val settings = w.settingsForm()
            png(dir, "settings") { SettingsView(settings, exit, Recorder) }
            val wipeAfter = w.wipeAfterForm()
            png(dir, "wipe-after") { WipeAfterView(wipeAfter, exit, Recorder) }
            val changePin = w.changePinForm()
            png(dir, "change-pin") { ChangePinView(changePin, exit, Recorder) }
            val duress = w.duressForm() ?: throw IllegalStateException("duress form not reachable")
            png(dir, "duress") { DuressView(duress, exit, Recorder) }
            val flags = w.redflagsScreen()
            png(dir, "redflags") { RedFlagsView(flags, exit, Recorder) }
            val result = w.checkJobOffer(flags.questions.map { RedFlagAnswer(it.id, Answer.YES) }, null)
            png(dir, "redflag-result") { RedFlagResultView(result, exit, Recorder) }
            val directory = w.directoryScreen(null, null, null)
            png(dir, "directory") { DirectoryView(directory, exit, Recorder) }
            // The shell's intent choice (android/app LinkChoice) against the core's real links.
            for (n in directory.entries.flatMap { it.actions }) {
                val want = when (n.kind) {
                    app.waymark.core.LinkKind.CALL -> app.waymark.android.LinkChoice.DIAL to "tel:"
                    app.waymark.core.LinkKind.SMS -> app.waymark.android.LinkChoice.SENDTO to "sms"
                    app.waymark.core.LinkKind.WHATS_APP -> app.waymark.android.LinkChoice.VIEW to "https://wa.me/"
                    app.waymark.core.LinkKind.WEB -> app.waymark.android.LinkChoice.VIEW to "https://"
                }
                if (app.waymark.android.LinkChoice.action(n.kind) != want.first || !n.uri.startsWith(want.second)) {
                    throw IllegalStateException("link ${n.kind} ${n.uri.take(12)} opens with ${app.waymark.android.LinkChoice.action(n.kind)}")
                }
                linkKinds += n.kind
            }
            val traces = w.tracesScreen()
            png(dir, "traces") { TracesView(traces, exit, Recorder) }
            val safety = w.safetyScreen()
            png(dir, "safety") { SafetyView(safety, exit, Recorder) }
            val contacts = w.contactsScreen()
            png(dir, "contacts") { ContactsView(contacts, exit, Recorder) }
            val convs = w.conversationsScreen()
            png(dir, "conversations") { ConversationsView(convs, exit, Recorder) }
            val c = w.conversationScreen(conv)
            png(dir, "conversation") { ConversationView(c, exit, Recorder) }
            w.lock()
            val unlock = w.screen() as? Screen.Unlock ?: throw IllegalStateException("unlock not reachable")
            png(dir, "unlock") { UnlockView(unlock.screen, Recorder) }
            w.unlock("2468")
            // Quick exit, as the home button does it: the core says what to show.
            val calc = (w.quickExit() as? app.waymark.core.QuickExit.Calculator)?.screen ?: w.calculatorScreen()
            png(dir, "calculator") { CalculatorView(calc, Recorder) }
            if (w.state() != app.waymark.core.ProfileState.UNLOCKED) w.unlock("2468")
            screens[loc.tag] = dir.listFiles()?.size ?: 0
        }
    }
    val secs = (System.nanoTime() - started) / 1e9
    println("locale  screens")
    for ((k, v) in screens) println("%-7s %d".format(k, v))
    println("directory links checked against the shell's intent choice: $linkKinds")
    println("rendered $rendered PNGs (${screens.size} locales) in %.1f s".format(secs))
    if (overflow.isNotEmpty()) {
        overflow.forEach { println("OVERFLOW $it") }
        throw IllegalStateException("${overflow.size} texts overflow their box")
    }
}
