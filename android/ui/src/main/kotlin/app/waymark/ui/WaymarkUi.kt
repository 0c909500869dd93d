package app.waymark.ui

// The one navigation and actions layer (issue #12): a state holder that
// implements [WaymarkActions] over the real core. The Android shell and the
// desktop render test both drive it; nothing here knows Android. Every text
// comes from the core's models; every rule is the core's. What is platform
// (open a link, leave the app, the launcher icon, a location, the relay) goes
// through [Platform].

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import app.waymark.core.Answer
import app.waymark.core.ApiException
import app.waymark.core.CalcKey
import app.waymark.core.ContactInput
import app.waymark.core.Destination
import app.waymark.core.Disguise
import app.waymark.core.DuressInput
import app.waymark.core.LinkKind
import app.waymark.core.Location
import app.waymark.core.NumberAction
import app.waymark.core.QuickExit
import app.waymark.core.RedFlagAnswer
import app.waymark.core.Screen
import app.waymark.core.SearchTarget
import app.waymark.core.Settings
import app.waymark.core.SmsPayload
import app.waymark.core.Waymark
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext

/** What only the platform can do. The Android shell implements it; the render test records it. */
interface Platform {
    /** Opens a directory or hotline link; `false` when nothing on the device handles it. */
    fun openLink(kind: LinkKind, uri: String): Boolean
    /** Hands one SOS text to the messaging app; `false` when nothing handles it. */
    fun sendSms(message: SmsPayload): Boolean
    /** Quick exit when the core says to leave the app (it has locked already). */
    fun leaveApp()
    /** The launcher entry follows the core's disguise. */
    fun applyDisguise(disguise: Disguise)
    /**
     * The device's position for an SOS, asked for only when the person chose
     * to include it at review: asks for the coarse-location permission then
     * (never at install or start), and answers `null` when it is refused or
     * the phone knows no position (the core says the SOS goes without it).
     */
    suspend fun location(): Location?
    /** Where backups and the quiet contact go (a deployment setting). */
    val relayUrl: String
    /** A message was queued: ask for a sync soon. */
    fun syncSoon()
}

/** Where the person is, typed: the core's destinations and what opens from them. */
sealed interface Route {
    data class To(val destination: Destination) : Route
    data class Lesson(val id: String) : Route
    data class Quiz(val lesson: String, val question: String?) : Route
    data class QuizResult(val lesson: String) : Route
    data class Directory(val country: String?, val language: String?, val purpose: String?) : Route
    data class Conversation(val id: Long) : Route
    data class ContactEdit(val id: Long?) : Route
    data object SosHistory : Route
    data object WipeAfter : Route
    data object ChangePin : Route
    data object Duress : Route
    /** A model an action returned (quiz feedback, a red-flag result, an SOS plan): shown as the core gave it. */
    data class Shown(val model: Any) : Route
}

/** Backup and restore progress: the core's working label while a transfer runs, the code (shown once) and the summary after. */
data class Transfer(val working: String? = null, val code: String? = null, val summary: String? = null)

/**
 * Holds the route stack and the model of the screen on top. Actions run in
 * [scope] (the suspend exports on the core's threads, the rest on [io]); a
 * core error becomes [error] (its localized reason); after every action the
 * current model is read again. Reading a property never changes anything.
 */
class WaymarkUi(
    val core: Waymark,
    private val platform: Platform,
    private val scope: CoroutineScope,
    private val io: CoroutineDispatcher = Dispatchers.Default,
) : WaymarkActions {
    /** The model on screen; `null` until the core has answered (nothing of the profile). */
    var model: Any? by mutableStateOf(null)
        private set
    var route: Route? by mutableStateOf(null)
        private set
    /** The core's localized reason for the last failed action, shown on the screen. */
    var error: String? by mutableStateOf(null)
        private set
    /** The quick-exit label (the core's, from home); `null` when locked. */
    var exitLabel: String? by mutableStateOf(null)
        private set
    var transfer: Transfer by mutableStateOf(Transfer())
        private set
    /** Whether back has somewhere to go inside the app (a screen over home). */
    val canGoBack: Boolean get() = route != null

    private val stack = ArrayList<Route>()
    /** The key store lost its key: every screen is the core's [app.waymark.core.SecretLostScreen] until an erase. */
    private var secretLost = false
    /** After "restore from a backup": the set-up that follows the erase goes on to the backup screen. */
    private var afterSetUp: Route? = null
    private var query = ""
    private val jobs = ArrayList<Job>()
    private val turn = Mutex()
    /** Counts quick exits, so a re-read begun before one is dropped. */
    private var exits = 0

    /**
     * Runs [work], catches the core's errors into [error], then re-reads the
     * screen. One action at a time, in the order of the taps: a later tap
     * never races an earlier one's re-read.
     */
    private fun act(work: suspend () -> Unit) {
        val job = scope.launch {
            turn.withLock { perform(work) }
        }
        jobs += job
    }

    private suspend fun perform(work: suspend () -> Unit) {
        error = null
        try {
            work()
        } catch (e: ApiException) {
            if (e.isSecretLost) secretLost = true else error = e.reasonText()
        }
        try {
            reload()
        } catch (e: ApiException) {
            // The screen could not be read (storage): its reason is shown, nothing else.
            if (e.isSecretLost) { secretLost = true; reload() } else error = e.reasonText()
        }
    }

    /** Re-reads the screen (after a return to the app, a core change, a language change). */
    fun refresh() = act {}

    /** Waits until every action started so far has finished (the render test's "after the tap"). */
    suspend fun idle() {
        while (true) {
            val running = jobs.filter { it.isActive }
            jobs.retainAll(running.toSet())
            if (running.isEmpty()) return
            running.joinAll()
        }
    }

    private suspend fun reload() {
        val seen = exits
        if (secretLost) {
            // Nothing can open any more: the core's screen for it, the same whatever profile was there.
            stack.clear(); route = null; exitLabel = null; transfer = Transfer()
            model = core.secretLostScreen()
            return
        }
        val top = core.screen()
        // A quick exit while this was being read wins: never draw the profile back over it.
        if (seen != exits) return
        if (top !is Screen.Home) {
            // Locked, set up or disguised: nothing of the profile stays on screen.
            stack.clear(); route = null; exitLabel = null; transfer = Transfer()
            model = when (top) {
                is Screen.Setup -> top.screen
                is Screen.Unlock -> top.screen
                is Screen.Calculator -> top.screen
                is Screen.Home -> top.screen
            }
            return
        }
        exitLabel = top.screen.quickExitLabel
        val r = stack.lastOrNull()
        route = r
        val next: Any = if (r == null) top.screen else load(r)
        if (seen != exits) return
        model = next
        // The recovery code is shown this once: leaving the backup screen forgets it.
        if (next !is app.waymark.core.BackupScreen) transfer = Transfer()
    }

    private suspend fun load(r: Route): Any = when (r) {
        is Route.To -> when (r.destination) {
            Destination.LESSONS -> withContext(io) { core.lessonsScreen() }
            Destination.CHECKLISTS -> withContext(io) { core.checklistScreen() }
            Destination.REDFLAGS -> withContext(io) { core.redflagsScreen() }
            Destination.DIRECTORY -> withContext(io) { core.directoryScreen(null, null, null) }
            Destination.SEARCH -> withContext(io) { core.search(query) }
            Destination.QUIET -> core.conversationsScreen()
            Destination.CONTACTS -> core.contactsScreen()
            Destination.SOS -> withContext(io) { core.sosScreen() }
            Destination.TRACES -> withContext(io) { core.tracesScreen() }
            Destination.SAFETY -> core.safetyScreen()
            Destination.BACKUP -> withContext(io) { core.backupScreen() }
            Destination.SETTINGS -> withContext(io) { core.settingsForm() }
        }
        is Route.Lesson -> withContext(io) { core.lessonScreen(r.id) }
        is Route.Quiz -> withContext(io) { core.quizQuestion(r.lesson, r.question) }
        is Route.QuizResult -> withContext(io) { core.quizResult(r.lesson) }
        is Route.Directory -> withContext(io) { core.directoryScreen(r.country, r.language, r.purpose) }
        is Route.Conversation -> core.conversationScreen(r.id)
        is Route.ContactEdit -> core.contactForm(r.id)
        Route.SosHistory -> core.sosHistoryScreen()
        Route.WipeAfter -> core.wipeAfterForm()
        Route.ChangePin -> withContext(io) { core.changePinForm() }
        Route.Duress -> withContext(io) { core.duressForm() } ?: throw IllegalStateException("no duress form")
        is Route.Shown -> r.model
    }

    private fun push(r: Route) { stack += r }

    /** Replaces the top of the stack (a step inside one flow, not a new screen to go back to). */
    private fun replace(r: Route) { if (stack.isNotEmpty()) stack.removeAt(stack.lastIndex); stack += r }

    override fun setUp(pin: String, confirmation: String) = act {
        core.setUp(pin, confirmation)
        afterSetUp?.let { push(it) }
        afterSetUp = null
    }
    override fun unlock(pin: String) = act { core.unlock(pin) }
    override fun lock() = act { core.lock() }

    override fun quickExit() {
        // At once, not in a coroutine: the core locks and stops the network, and the screen is gone before anything else runs.
        val target = core.quickExit()
        exits++
        stack.clear(); route = null; exitLabel = null; transfer = Transfer(); error = null
        model = (target as? QuickExit.Calculator)?.screen
        if (target is QuickExit.LeaveApp) platform.leaveApp()
        refresh()
    }

    override fun open(destination: Destination) = act { push(Route.To(destination)) }
    override fun openLesson(id: String) = act { push(Route.Lesson(id)) }
    override fun startQuiz(lesson: String) = act { push(Route.Quiz(lesson, null)) }
    override fun answerQuiz(lesson: String, question: String, option: String) = act {
        replace(Route.Shown(core.answerQuiz(lesson, question, option)))
    }
    override fun nextQuestion(lesson: String, next: String?) = act {
        replace(if (next == null) Route.QuizResult(lesson) else Route.Quiz(lesson, next))
    }
    override fun retakeQuiz(lesson: String) = act { replace(Route.Shown(core.retakeQuiz(lesson))) }

    override fun checkJobOffer(answers: Map<String, Answer>) = act {
        val result = withContext(io) { core.checkJobOffer(answers.map { (q, a) -> RedFlagAnswer(q, a) }, null) }
        push(Route.Shown(result))
    }

    override fun follow(action: NumberAction) = act {
        // Nothing on this phone opens it: the core says so, and the number or address stays readable.
        if (!platform.openLink(action.kind, action.uri)) error = withContext(io) { core.linkUnavailableNote() } + "\n" + action.uri
    }

    override fun filterDirectory(country: String?, language: String?, purpose: String?) = act {
        replace(Route.Directory(country, language, purpose))
    }

    override fun openConversation(id: Long) = act { push(Route.Conversation(id)) }
    override fun openConversationWith(hotline: String) = act { push(Route.Conversation(core.conversationWith(hotline))) }
    override fun send(conversation: Long, body: String) = act { core.sendMessage(conversation, body); platform.syncSoon() }
    override fun retry(conversation: Long, message: Long) = act { core.retryMessage(message); platform.syncSoon() }

    override fun chooseDisguise(disguise: Disguise) = act {
        core.setDisguise(disguise)
        platform.applyDisguise(core.disguise().disguise)
    }

    override fun calculator(key: CalcKey) = act { core.calculatorPress(key) }
    override fun setRoute(id: String) = act { core.setRoute(id) }
    override fun checkItem(id: String, checked: Boolean) = act { core.checkItem(id, checked) }

    override fun search(query: String) = act { this.query = query }

    override fun openSearchResult(target: SearchTarget) = act {
        when (target) {
            is SearchTarget.Lesson -> push(Route.Lesson(target.lesson))
            is SearchTarget.ChecklistItem -> { target.route?.let { core.setRoute(it) }; push(Route.To(Destination.CHECKLISTS)) }
            is SearchTarget.Redflag -> push(Route.To(Destination.REDFLAGS))
            is SearchTarget.Directory -> push(Route.To(Destination.DIRECTORY))
        }
    }

    override fun openContact(id: Long?) = act { push(Route.ContactEdit(id)) }
    override fun saveContact(id: Long?, contact: ContactInput) = act {
        if (id == null) core.addContact(contact) else core.updateContact(id, contact)
        pop()
    }
    override fun removeContact(id: Long) = act { core.removeContact(id); pop() }

    // No position unless the person asks for it at review (sosAddLocation): nothing is asked for before.
    override fun sosReview() = act { push(Route.Shown(core.sosReview(null))) }
    override fun sosPractice() = act { push(Route.Shown(core.sosPractice(null))) }
    override fun sosAddLocation() = act { replace(Route.Shown(core.sosAddLocation(platform.location()))) }
    override fun sosConfirm() = act { replace(Route.Shown(core.sosConfirm())) }
    override fun sosCancel() = act { withContext(io) { core.sosCancel() }; pop() }
    override fun sosSend(message: SmsPayload) = act {
        if (!platform.sendSms(message)) error = withContext(io) { core.linkUnavailableNote() } + "\n" + message.recipient
    }
    override fun sosHistory() = act { push(Route.SosHistory) }

    override fun backup(newCode: Boolean) {
        val screen = model as? app.waymark.core.BackupScreen ?: return
        transfer = Transfer(working = screen.backupWorkingLabel)
        act {
            try {
                val result = core.backupToRelay(platform.relayUrl, newCode)
                // The code is shown this once; the core never shows it again.
                transfer = Transfer(code = result.recoveryCode, summary = screen.doneLabel)
            } finally {
                if (transfer.working != null) transfer = Transfer()
            }
        }
    }

    override fun restore(code: String) {
        val screen = model as? app.waymark.core.BackupScreen ?: return
        transfer = Transfer(working = screen.restoreWorkingLabel)
        act {
            try {
                val report = core.restoreFromRelay(platform.relayUrl, code)
                transfer = Transfer(summary = withContext(io) { core.restoreSummary(report) })
            } finally {
                if (transfer.working != null) transfer = Transfer()
            }
        }
    }

    /** Stops the transfer in hand; the running call then fails with the core's own reason. */
    override fun stopTransfer() = core.cancelNetwork()

    override fun saveSettings(language: String, displayName: String, country: String?) = act {
        core.updateSettings(Settings(language, displayName, country))
        pop()
    }

    override fun openWipeAfter() = act { push(Route.WipeAfter) }
    override fun setWipeAfter(count: UInt?) = act { core.setWipeAfter(count) }
    override fun openChangePin() = act { push(Route.ChangePin) }
    override fun changePin(current: String, new: String, confirmation: String) = act { core.changePin(current, new, confirmation); pop() }
    override fun openDuress() = act { push(Route.Duress) }
    override fun setDuressPin(pin: String, duressPin: String, confirmation: String, wipeOnUse: Boolean) = act {
        core.setDuress(DuressInput(pin, duressPin, confirmation, wipeOnUse))
    }
    override fun removeDuressPin(pin: String) = act { core.removeDuressPin(pin) }
    override fun wipe() = act { core.wipe() }

    /** After a lost key: erase (no PIN needed; it also destroys the lost key's wrapped secret) and set up again. */
    override fun startOver() = act { core.wipe(); secretLost = false; afterSetUp = null }

    /** After a lost key: erase, set up with a new PIN, then the backup screen to restore with the recovery code. */
    override fun restoreFromBackup() = act { core.wipe(); secretLost = false; afterSetUp = Route.To(Destination.BACKUP) }

    override fun back() = act { pop() }

    private fun pop() { if (stack.isNotEmpty()) stack.removeAt(stack.lastIndex) }
}

/** The stable code of a key store that lost its key for good (the shell's `PlatformSecret` raises it). */
const val PLATFORM_SECRET_LOST = "platform_secret_lost"

/** Whether this error means the key store lost its key: nothing stored opens again. */
val ApiException.isSecretLost: Boolean get() = this is ApiException.Storage && code == PLATFORM_SECRET_LOST

/** The localized text the core put in every error variant. */
fun ApiException.reasonText(): String = when (this) {
    is ApiException.WrongPin -> reason
    is ApiException.InvalidInput -> reason
    is ApiException.WrongState -> reason
    is ApiException.Corrupted -> reason
    is ApiException.Storage -> reason
    is ApiException.TooManyAttempts -> reason
    is ApiException.Network -> reason
    is ApiException.Internal -> reason
}
