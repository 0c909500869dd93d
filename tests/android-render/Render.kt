// Clicks through the app (android/ui) on the REAL core (generated Kotlin
// bindings, JVM) in all nine locales, headless: every screen is reached
// through WaymarkUi's actions — the same state holder the Android app draws
// with `WaymarkApp(ui)` — as a person's taps would reach it, never by calling
// a screen export directly. Each reached screen is drawn by WaymarkApp to
// target/screens/android/<locale>/<screen>.png. Fails on an exception, on a
// screen it cannot reach (the model on top is not the expected one), on a
// content screen without quick exit, and on text that overflows its box.
// A plain main (no JUnit jar here); see tests/android-render.sh.
import androidx.compose.foundation.layout.height
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import androidx.compose.ui.use
import app.waymark.core.Answer
import app.waymark.core.BackupScreen
import app.waymark.core.CalcKey
import app.waymark.core.CalculatorScreen
import app.waymark.core.ChangePinForm
import app.waymark.core.Channel
import app.waymark.core.ChecklistScreen
import app.waymark.core.ContactForm
import app.waymark.core.ContactsScreen
import app.waymark.core.ConversationScreen
import app.waymark.core.ConversationsScreen
import app.waymark.core.Destination
import app.waymark.core.DirectoryScreen
import app.waymark.core.Disguise
import app.waymark.core.DuressForm
import app.waymark.core.HomeScreen
import app.waymark.core.LessonListScreen
import app.waymark.core.LessonScreen
import app.waymark.core.LinkKind
import app.waymark.core.Location
import app.waymark.core.QuizQuestionScreen
import app.waymark.core.QuizResultScreen
import app.waymark.core.RedFlagResult
import app.waymark.core.RedFlagScreen
import app.waymark.core.SafetyScreen
import app.waymark.core.SearchScreen
import app.waymark.core.SecretLostScreen
import app.waymark.core.SettingsForm
import app.waymark.core.SetupScreen
import app.waymark.core.SmsPayload
import app.waymark.core.SosHistoryScreen
import app.waymark.core.SosPlan
import app.waymark.core.SosScreen
import app.waymark.core.SosStage
import app.waymark.core.TracesScreen
import app.waymark.core.UnlockScreen
import app.waymark.core.Waymark
import app.waymark.core.WipeAfterForm
import app.waymark.core.availableLocales
import app.waymark.ui.AppButton
import app.waymark.ui.ButtonKind
import app.waymark.ui.LocalOverflow
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.wrapContentWidth
import androidx.compose.ui.draw.clipToBounds
import app.waymark.ui.Platform
import app.waymark.ui.T
import app.waymark.ui.WaymarkApp
import app.waymark.ui.WaymarkUi
import java.io.File
import java.nio.file.Files
import kotlinx.coroutines.runBlocking
import org.jetbrains.skia.EncodedImageFormat

/** The platform side, recorded: what the shell would have been asked to do. */
object Recorded : Platform {
    val links = mutableListOf<Pair<LinkKind, String>>()
    /** When false, nothing on the "phone" opens a link (no dialer, no messaging app). */
    var handles = true
    val sms = mutableListOf<SmsPayload>()
    var left = 0
    val disguises = mutableListOf<Disguise>()
    var syncs = 0
    override fun openLink(kind: LinkKind, uri: String): Boolean { links += kind to uri; return handles }
    override fun sendSms(message: SmsPayload): Boolean { sms += message; return true }
    override fun leaveApp() { left++ }
    override fun applyDisguise(disguise: Disguise) { disguises += disguise }
    /** Whether the person grants the location permission when asked (asked only at "include my location"). */
    var locationGranted = true
    var locationAsks = 0
    override suspend fun location(): Location? { locationAsks++; return if (locationGranted) Location(13.7563, 100.5018, 25.0) else null }
    /** A real relay (`waymark-server serve`, started by main); once, nothing listening, for the core's network reason. */
    override var relayUrl = UNREACHABLE
    override fun syncSoon() { syncs++ }
}

val overflow = mutableListOf<String>()
var rendered = 0
val reached = sortedMapOf<String, MutableSet<String>>()
const val PIN = "2468"
const val UNREACHABLE = "http://127.0.0.1:9"


/** Draws the whole app as it stands (WaymarkApp, not one view) and checks what a person would see. */
fun shot(ui: WaymarkUi, dir: File, name: String) {
    val m = ui.model ?: fail("${dir.name}/$name: nothing on screen")
    val locked = m is SetupScreen || m is UnlockScreen || m is CalculatorScreen || m is SecretLostScreen
    if (!locked && ui.exitLabel == null) fail("${dir.name}/$name: no quick exit on ${m::class.simpleName}")
    val hits = mutableListOf<String>()
    // A phone-sized window: 411 x 2400 at density 1 keeps long scrolls in one image.
    val scene = ImageComposeScene(411, 2400, Density(1f)) {
        CompositionLocalProvider(LocalOverflow provides { t: String -> hits += t }) { WaymarkApp(ui) }
    }
    try {
        val data = scene.render().encodeToData(EncodedImageFormat.PNG) ?: fail("no PNG for $name")
        File(dir, "$name.png").writeBytes(data.bytes)
        rendered++
    } finally {
        scene.close()
    }
    reached.getOrPut(dir.name) { mutableSetOf() } += name
    for (h in hits) overflow += "${dir.name}/$name: ${h.take(40)}"
}

/** The tap's effect has landed: the model on top must be a [T]. */
suspend inline fun <reified M> WaymarkUi.at(what: String): M {
    idle()
    return model as? M ?: fail("$what not reachable: ${model?.let { it::class.simpleName }} on screen, error ${error?.take(60)}")
}

suspend fun WaymarkUi.noError(what: String) { idle(); error?.let { fail("$what failed: ${it.take(80)}") } }

suspend fun WaymarkUi.expectError(what: String) { idle(); if (error == null) fail("$what showed no error") }

/**
 * One locale's walk through every flow, as a person's taps would go; draws
 * each screen reached into [d]. [first] adds the screens drawn once (the
 * unreachable relay, a wrong PIN). Returns the recovery code of the backup
 * it made.
 */
suspend fun tour(ui: WaymarkUi, tag: String, d: File, first: Boolean, relayUrl: String): String {
    val code: String
        val home = ui.at<HomeScreen>("home in $tag")
        shot(ui, d, "home")
        val menu = home.menu.map { it.destination }.toSet()
        for (want in Destination.values()) if (want !in menu) fail("home has no way to $want")

        // Contacts: add (so SOS has someone), edit, remove.
        ui.open(Destination.CONTACTS); ui.at<ContactsScreen>("contacts")
        ui.openContact(null); val blank = ui.at<ContactForm>("new contact")
        shot(ui, d, "contact-new")
        ui.saveContact(null, blank.values.copy(name = "Render $tag", phone = "+66812345678", channel = Channel.SMS, trusted = true))
        ui.noError("adding a contact")
        val contacts = ui.at<ContactsScreen>("contacts after adding")
        shot(ui, d, "contacts")
        val added = contacts.contacts.lastOrNull { it.name == "Render $tag" } ?: fail("the added contact is not listed")
        ui.openContact(added.id); val form = ui.at<ContactForm>("contact form")
        shot(ui, d, "contact-form")
        ui.saveContact(added.id, form.values.copy(relation = "render")); ui.noError("editing a contact")
        if (ui.at<ContactsScreen>("contacts after editing").contacts.none { it.id == added.id && it.relation == "render" }) fail("the edit did not stick")
        ui.openContact(added.id); ui.at<ContactForm>("contact form")
        ui.removeContact(added.id); ui.noError("removing a contact")
        if (ui.at<ContactsScreen>("contacts after removing").contacts.any { it.id == added.id }) fail("the removed contact is still listed")
        ui.back(); ui.at<HomeScreen>("home")

        // Lessons, a quiz through to its result, a retake.
        ui.open(Destination.LESSONS); val lessons = ui.at<LessonListScreen>("lessons")
        shot(ui, d, "lessons")
        ui.openLesson(lessons.lessons.first().id); val lesson = ui.at<LessonScreen>("lesson")
        shot(ui, d, "lesson")
        ui.startQuiz(lesson.id); var q = ui.at<QuizQuestionScreen>("quiz")
        shot(ui, d, "quiz")
        var first = true
        while (true) {
            ui.answerQuiz(q.lessonId, q.questionId, q.options.first().id)
            q = ui.at<QuizQuestionScreen>("quiz feedback")
            if (q.feedback == null) fail("an answer brought no feedback")
            if (first) { shot(ui, d, "quiz-feedback"); first = false }
            ui.nextQuestion(q.lessonId, q.nextQuestion)
            if (q.nextQuestion == null) break
            q = ui.at<QuizQuestionScreen>("next question")
        }
        val result = ui.at<QuizResultScreen>("quiz result")
        shot(ui, d, "quiz-result")
        ui.retakeQuiz(result.lessonId)
        if (ui.at<QuizQuestionScreen>("quiz retake").feedback != null) fail("a retake starts answered")
        ui.back(); ui.at<LessonScreen>("lesson after the quiz")
        ui.back(); ui.back(); ui.at<HomeScreen>("home")

        // Checklists by route.
        ui.open(Destination.CHECKLISTS); val lists = ui.at<ChecklistScreen>("checklists")
        ui.setRoute(lists.routes.first().id); val byRoute = ui.at<ChecklistScreen>("checklist by route")
        val item = byRoute.stages.flatMap { it.items }.firstOrNull() ?: fail("a route with no items")
        ui.checkItem(item.id, !item.checked)
        if (ui.at<ChecklistScreen>("checklist").stages.flatMap { it.items }.first { it.id == item.id }.checked == item.checked) fail("ticking did not stick")
        shot(ui, d, "checklist")
        ui.back()

        // The red-flag check and its result; a hotline from it opens through the platform.
        ui.open(Destination.REDFLAGS); val flags = ui.at<RedFlagScreen>("red flags")
        shot(ui, d, "redflags")
        ui.checkJobOffer(flags.questions.associate { it.id to Answer.YES })
        val verdict = ui.at<RedFlagResult>("red-flag result")
        shot(ui, d, "redflag-result")
        verdict.hotlines.flatMap { it.actions }.firstOrNull()?.let {
            ui.follow(it); ui.noError("opening a hotline")
            // A phone with nothing to open it: the core's sentence and the number itself are shown.
            Recorded.handles = false
            ui.follow(it); ui.expectError("a link nothing opens")
            if (ui.error?.contains(it.uri) != true) fail("the number is not shown when nothing opens it")
            shot(ui, d, "link-unavailable")
            Recorded.handles = true
        }
        ui.back(); ui.back()

        // The directory and a country filter (each link's intent choice: ShellTest).
        ui.open(Destination.DIRECTORY); val dirAll = ui.at<DirectoryScreen>("directory")
        shot(ui, d, "directory")
        val country = dirAll.countries.firstOrNull() ?: fail("no country to filter by")
        ui.filterDirectory(country.id, null, null)
        val filtered = ui.at<DirectoryScreen>("filtered directory")
        if (filtered.countries.none { it.id == country.id && it.selected }) fail("the country filter is not shown as chosen")
        shot(ui, d, "directory-filtered")
        filtered.languages.firstOrNull()?.let { ui.filterDirectory(country.id, it.id, null); ui.at<DirectoryScreen>("directory by language") }
        filtered.entries.flatMap { it.actions }.firstOrNull()?.let { ui.follow(it); ui.noError("opening a directory link") }
        ui.back()

        // Search, and a result that opens.
        ui.open(Destination.SEARCH); ui.at<SearchScreen>("search")
        ui.search(lesson.title.split(" ").first()); val found = ui.at<SearchScreen>("search results")
        if (found.results.isEmpty()) fail("search finds nothing in $tag")
        shot(ui, d, "search")
        ui.openSearchResult(found.results.first().target)
        val opened = (ui.also { it.idle() }.model) ?: fail("a search result opened nothing")
        if (opened is SearchScreen) fail("a search result did not open")
        ui.back(); ui.back(); ui.at<HomeScreen>("home")

        // SOS: review (no location asked for), the location refused (said so, then cancel); review,
        // the location granted, confirm and hand a text over; practice; history.
        ui.open(Destination.SOS); ui.at<SosScreen>("sos")
        shot(ui, d, "sos")
        val asks = Recorded.locationAsks
        ui.sosReview(); val review = ui.at<SosPlan>("sos review")
        if (review.stage != SosStage.REVIEW || review.messages.isEmpty()) fail("the SOS review has no one to send to")
        if (Recorded.locationAsks != asks || review.withLocation) fail("a location was asked for before the person chose it")
        if (review.addLocationLabel == null) fail("the review offers no way to include the location")
        shot(ui, d, "sos-review")
        Recorded.locationGranted = false
        ui.sosAddLocation(); val denied = ui.at<SosPlan>("sos review, location refused")
        if (Recorded.locationAsks != asks + 1) fail("including the location did not ask the platform")
        if (denied.withLocation || denied.locationNote == null || denied.addLocationLabel != null) fail("a refused location is not said")
        if (denied.confirmLabel == null || denied.messages != review.messages) fail("a refused location changed the SOS")
        shot(ui, d, "sos-location-refused")
        ui.sosCancel(); ui.at<SosScreen>("sos after cancel")
        ui.sosReview(); ui.at<SosPlan>("sos review")
        Recorded.locationGranted = true
        ui.sosAddLocation(); val located = ui.at<SosPlan>("sos review with location")
        if (!located.withLocation || located.messages.none { it.body.contains("13.75630") }) fail("the granted location is not in the texts")
        shot(ui, d, "sos-location")
        ui.sosConfirm(); val sent = ui.at<SosPlan>("sos sent")
        if (sent.stage != SosStage.SENT || !sent.withLocation) fail("confirming did not send with the location")
        shot(ui, d, "sos-sent")
        ui.sosSend(sent.messages.first()); ui.noError("handing an SOS text over")
        ui.back(); ui.at<SosScreen>("sos")
        ui.sosPractice(); ui.at<SosPlan>("sos practice")
        shot(ui, d, "sos-practice")
        ui.back()
        ui.sosHistory(); val history = ui.at<SosHistoryScreen>("sos history")
        if (history.entries.isEmpty()) fail("the sent SOS is not in the history")
        shot(ui, d, "sos-history")
        ui.back(); ui.back()

        // Quiet contact: a hotline, a message, its status; the list shows the conversation.
        ui.open(Destination.QUIET); val quiet = ui.at<ConversationsScreen>("conversations")
        val hotline = quiet.hotlines.firstOrNull() ?: fail("no hotline to write to")
        ui.openConversationWith(hotline.id); val conv = ui.at<ConversationScreen>("conversation")
        ui.send(conv.id, "render test / ทดสอบ / $tag"); ui.noError("sending")
        val withMessage = ui.at<ConversationScreen>("conversation after sending")
        if (withMessage.messages.none { it.body.endsWith(tag) }) fail("the sent message is not shown")
        withMessage.messages.firstOrNull { it.canRetry }?.let { ui.retry(conv.id, it.id); ui.noError("retrying") }
        shot(ui, d, "conversation")
        ui.back(); val list = ui.at<ConversationsScreen>("conversations")
        if (list.conversations.isEmpty()) fail("the conversation is not listed")
        shot(ui, d, "conversations")
        ui.openConversation(list.conversations.first().id); ui.at<ConversationScreen>("conversation from the list")
        ui.back(); ui.back()

        // Backup: progress while it runs, then the recovery code (shown once); a wrong code restores nothing.
        ui.open(Destination.BACKUP); ui.at<BackupScreen>("backup")
        shot(ui, d, "backup")
        if (first) {
            ui.backup(newCode = true); ui.expectError("a backup to an unreachable relay")
            if (ui.transfer.working != null) fail("the backup progress stays after it failed")
            shot(ui, d, "backup-error")
        }
        Recorded.relayUrl = relayUrl
        ui.backup(newCode = true)
        if (ui.transfer.working == null) fail("backup shows no progress")
        shot(ui, d, "backup-working")
        ui.noError("a backup to the relay")
        code = ui.transfer.code ?: fail("a backup under a new code showed no code")
        ui.at<BackupScreen>("backup done"); shot(ui, d, "backup-done")
        ui.restore("not-a-code")
        if (ui.transfer.working == null) fail("restore shows no progress")
        shot(ui, d, "restore-working")
        ui.expectError("a restore with a wrong code")
        shot(ui, d, "restore-error")
        ui.back(); ui.open(Destination.BACKUP); ui.at<BackupScreen>("backup again")
        if (ui.transfer.code != null) fail("the recovery code is shown a second time")
        ui.back()

        // Settings.
        ui.open(Destination.SETTINGS); ui.at<SettingsForm>("settings")
        shot(ui, d, "settings")
        ui.back()

        // Safety: wipe-after, change PIN, duress PIN, traces, disguise.
        ui.open(Destination.SAFETY); val safety = ui.at<SafetyScreen>("safety")
        shot(ui, d, "safety")
        ui.openWipeAfter(); val wipeAfter = ui.at<WipeAfterForm>("wipe-after")
        shot(ui, d, "wipe-after")
        ui.setWipeAfter(wipeAfter.choices.last().count); ui.noError("choosing wipe-after")
        ui.setWipeAfter(wipeAfter.current); ui.noError("restoring wipe-after")
        ui.back()
        ui.openChangePin(); ui.at<ChangePinForm>("change PIN")
        shot(ui, d, "change-pin")
        ui.changePin("0000", "1357", "1357"); ui.expectError("change PIN with a wrong current PIN")
        shot(ui, d, "change-pin-error")
        ui.changePin(PIN, "1357", "1357"); ui.noError("changing the PIN")
        ui.at<SafetyScreen>("safety after changing the PIN")
        ui.openChangePin(); ui.changePin("1357", PIN, PIN); ui.noError("changing the PIN back")
        if (safety.duress == null) fail("the duress section is missing")
        ui.openDuress(); ui.at<DuressForm>("duress")
        shot(ui, d, "duress")
        ui.setDuressPin(PIN, "9753", "9753", false); ui.noError("setting a duress PIN")
        ui.at<DuressForm>("duress after setting"); shot(ui, d, "duress-set")
        ui.removeDuressPin(PIN); ui.noError("removing the duress PIN")
        ui.back()
        ui.open(Destination.TRACES); ui.at<TracesScreen>("traces")
        shot(ui, d, "traces")
        ui.back()
        ui.chooseDisguise(Disguise.CALCULATOR); ui.noError("choosing the calculator disguise")
        if (Recorded.disguises.lastOrNull() != Disguise.CALCULATOR) fail("the launcher did not follow the disguise")
        ui.back(); ui.at<HomeScreen>("home")

        // Quick exit with the calculator disguise; the PIN and "=" open the app again.
        ui.quickExit(); ui.at<CalculatorScreen>("calculator after quick exit")
        shot(ui, d, "calculator")
        for (c in PIN) ui.calculator(CalcKey.Digit(c.digitToInt().toUByte()))
        ui.calculator(CalcKey.Equals)
        ui.at<HomeScreen>("home from the calculator")
        ui.open(Destination.SAFETY); ui.chooseDisguise(Disguise.NONE); ui.back()

        // Quick exit without a disguise leaves the app and leaves it locked.
        val leftBefore = Recorded.left
        ui.open(Destination.LESSONS); ui.at<LessonListScreen>("lessons"); ui.quickExit()
        if (Recorded.left != leftBefore + 1) fail("quick exit did not leave the app")
        ui.at<UnlockScreen>("unlock after quick exit")
        shot(ui, d, "unlock")
        if (first) {
            ui.unlock("0000"); ui.expectError("a wrong PIN")
            ui.at<UnlockScreen>("unlock after a wrong PIN"); shot(ui, d, "unlock-error")
        }
        ui.unlock(PIN); ui.at<HomeScreen>("home after unlocking")
        ui.lock(); ui.at<UnlockScreen>("unlock after lock")
        ui.unlock(PIN); ui.at<HomeScreen>("home after unlocking")
    return code
}

fun main() {
    System.setProperty("java.awt.headless", "true")
    val started = System.nanoTime()
    val out = File("target/screens/android")
    val root = Files.createTempDirectory("waymark-render").toFile()
    val secret = FileSecret(File(root, "device.secret"))
    val core = Waymark(File(root, "profile").path, listOf("en"), secret)
    // The overflow check itself must work: a text squeezed into a 4 px box is caught.
    val probe = mutableListOf<String>()
    ImageComposeScene(100, 100, Density(1f)) {
        CompositionLocalProvider(LocalOverflow provides { t: String -> probe += t }) {
            T("overflow probe", modifier = androidx.compose.ui.Modifier.height(androidx.compose.ui.unit.Dp(4f)))
        }
    }.use { it.render() }
    if (probe.isEmpty()) fail("the overflow check caught nothing in a 4 px box")
    // A wrapped Burmese label in Material's pill-shaped button loses its corner glyphs: caught;
    // the app's buttons (small corners) keep them; a text cut sideways by a narrow parent: caught.
    val label = "လုံခြုံစွာ ခရီးသွားရန် ပြင်ဆင်ခြင်း၊ အလုပ်ကမ်းလှမ်းချက်ကို စစ်ဆေးခြင်းနှင့် အကူအညီ ဖုန်းနံပါတ်များ"
    fun probed(content: @androidx.compose.runtime.Composable () -> Unit): List<String> {
        val hits = mutableListOf<String>()
        ImageComposeScene(300, 400, Density(1f)) {
            CompositionLocalProvider(LocalOverflow provides { t: String -> hits += t }) { content() }
        }.use { it.render() }
        return hits
    }
    val pill = probed { AppButton({}, ButtonKind.Plain, shape = androidx.compose.foundation.shape.CircleShape) { T(label) } }
    if (pill.isEmpty()) fail("the clip check caught nothing in a pill-shaped button with a wrapped label")
    val fixed = probed { AppButton({}, ButtonKind.Plain) { T(label) } }
    if (fixed.isNotEmpty()) fail("the app's button shape still clips a wrapped label")
    val cut = probed {
        androidx.compose.foundation.layout.Box(androidx.compose.ui.Modifier.width(androidx.compose.ui.unit.Dp(60f)).clipToBounds()) {
            T("a line far too wide for sixty pixels", modifier = androidx.compose.ui.Modifier.wrapContentWidth(unbounded = true))
        }
    }
    if (cut.isEmpty()) fail("the clip check caught nothing in a text cut sideways")
    val locales = availableLocales().map { it.tag }
    fun dir(tag: String) = File(out, tag).apply { mkdirs() }
    val (relay, relayUrl) = startRelay(root)
    try { runBlocking {
        val ui = WaymarkUi(core, Recorded, this)
        var code: String? = null
        // A fresh profile: setup in every locale, a mistyped confirmation first.
        for (tag in locales) {
            core.setDeviceLocales(listOf(tag)); ui.refresh()
            ui.at<SetupScreen>("setup")
            shot(ui, dir(tag), "setup")
            ui.setUp(PIN, "1357"); ui.expectError("setup with a mismatched confirmation")
            ui.at<SetupScreen>("setup after a mismatch")
            shot(ui, dir(tag), "setup-error")
        }
        ui.setUp(PIN, PIN)
        ui.at<HomeScreen>("home after setup")
        // The trusted contact every SOS goes to, added as a person would.
        ui.open(Destination.CONTACTS); ui.openContact(null)
        val empty = ui.at<ContactForm>("new contact")
        ui.saveContact(null, empty.values.copy(name = "Render Contact", phone = "+66812345678", channel = Channel.SMS, trusted = true))
        ui.noError("adding the trusted contact"); ui.at<ContactsScreen>("contacts"); ui.back()

        for (tag in locales) {
            core.setDeviceLocales(listOf(tag)); ui.refresh()
            code = tour(ui, tag, dir(tag), tag == locales.first(), relayUrl)
        }
        // Erase from the safety screen: back to a fresh setup.
        val before = core.contactsScreen().contacts.size
        ui.open(Destination.SAFETY); ui.at<SafetyScreen>("safety")
        ui.wipe(); ui.at<SetupScreen>("setup after erase")
        val last = dir(locales.last())
        shot(ui, last, "erased")
        ui.setUp(PIN, PIN); ui.at<HomeScreen>("home of the new profile")
        // The key store loses its key (the phone is locked): in every locale the core's screen
        // says so, before any PIN; restoring from a backup erases, sets up, and brings the last backup back.
        ui.lock(); ui.at<UnlockScreen>("unlock")
        secret.lost = true
        for (tag in locales) {
            core.setDeviceLocales(listOf(tag)); ui.refresh()
            ui.at<SecretLostScreen>("the lost-key screen in $tag")
            shot(ui, dir(tag), "secret-lost")
        }
        ui.restoreFromBackup(); ui.at<SetupScreen>("setup before the restore")
        ui.setUp(PIN, PIN); ui.at<BackupScreen>("the backup screen after setting up")
        ui.restore(code ?: fail("no recovery code")); ui.noError("restoring the backup")
        if (ui.transfer.summary == null) fail("a restore showed no summary")
        shot(ui, last, "restored")
        if (core.contactsScreen().contacts.size != before) fail("the restore did not bring the contacts back")
    } } finally { relay.destroy(); relay.waitFor() }
    val secs = (System.nanoTime() - started) / 1e9
    println("locale  screens reached by navigation")
    for ((k, v) in reached) println("%-7s %d".format(k, v.size))
    val all = reached.values.flatten().toSet()
    println("${all.size} distinct screens reached by navigation x ${reached.size} locales")
    println("platform: ${Recorded.links.size} links opened, ${Recorded.sms.size} SOS texts handed over, ${Recorded.left} quick exits left the app, disguises ${Recorded.disguises.toSet()}, ${Recorded.syncs} syncs asked")
    println("rendered $rendered PNGs (${reached.size} locales) in %.1f s".format(secs))
    if (overflow.isNotEmpty()) {
        overflow.forEach { println("OVERFLOW $it") }
        fail("${overflow.size} texts overflow their box")
    }
}
