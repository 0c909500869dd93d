package app.waymark.android

import android.app.Application
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.waymark.core.ApiException
import app.waymark.core.CalcKey
import app.waymark.core.ConversationScreen
import app.waymark.core.QuickExit
import app.waymark.core.Screen
import app.waymark.core.Waymark
import kotlinx.coroutines.launch

/**
 * Holds the one core object and the screen it says to draw. No rules live
 * here: every action goes to the core, and the next screen comes back.
 */
class WaymarkModel(app: Application) : AndroidViewModel(app) {
    /** Shared with [SyncWorker]: one core per process ([SharedCore]). */
    val core: Waymark = SharedCore.get(app).also {
        // The process may outlive an activity whose languages changed.
        it.setDeviceLocales(SharedCore.deviceLocales(app))
        SyncWorker.schedule(app)
    }

    /** `null` until the core has said (its calls touch the database, so they are suspend functions on its own threads). */
    var screen: Screen? by mutableStateOf(null)
        private set

    init {
        refresh()
    }
    var error: String? by mutableStateOf(null)
        private set
    var busy: Boolean by mutableStateOf(false)
        private set

    /** The content screen open over home (`null`: home). */
    var route: String? by mutableStateOf(null)
        private set

    fun open(next: String?) {
        route = next
    }

    fun answer(lesson: String, question: String, option: String, show: (app.waymark.core.QuizQuestionScreen) -> Unit) {
        viewModelScope.launch { show(core.answerQuiz(lesson, question, option)) }
    }

    fun setRoute(id: String, show: (app.waymark.core.ChecklistScreen) -> Unit) {
        viewModelScope.launch { show(core.setRoute(id)) }
    }

    /** SOS steps as the core decides them: review, then confirm; practice is one step. */
    fun sos(step: SosStep, show: (app.waymark.core.SosPlan?) -> Unit, fail: (String) -> Unit) {
        viewModelScope.launch {
            try {
                show(
                    when (step) {
                        SosStep.REVIEW -> core.sosReview(null)
                        SosStep.CONFIRM -> core.sosConfirm()
                        SosStep.PRACTICE -> core.sosPractice(null)
                        SosStep.CANCEL -> { core.sosCancel(); null }
                    }
                )
            } catch (e: ApiException) {
                fail(e.reasonText())
            }
        }
    }

    enum class SosStep { REVIEW, CONFIRM, PRACTICE, CANCEL }

    fun check(item: String, checked: Boolean, show: (app.waymark.core.ChecklistScreen) -> Unit) {
        viewModelScope.launch { show(core.checkItem(item, checked)) }
    }

    /** Opens the conversation with a hotline (the newest, or a new one). */
    fun write(hotlineId: String, fail: (String) -> Unit) {
        viewModelScope.launch {
            try {
                open("conversation/${core.conversationWith(hotlineId)}")
            } catch (e: ApiException) {
                fail(e.reasonText())
            }
        }
    }

    /** Seals and queues the message, then asks for a sync as soon as there is a network. */
    fun send(conversationId: Long, body: String, show: (ConversationScreen) -> Unit, fail: (String) -> Unit) =
        quiet(conversationId, show, fail) { core.sendMessage(conversationId, body) }

    fun retry(conversationId: Long, messageId: Long, show: (ConversationScreen) -> Unit, fail: (String) -> Unit) =
        quiet(conversationId, show, fail) { core.retryMessage(messageId) }

    private fun quiet(conversationId: Long, show: (ConversationScreen) -> Unit, fail: (String) -> Unit, work: suspend () -> Unit) {
        viewModelScope.launch {
            try {
                work()
                SyncWorker.syncSoon(getApplication())
                show(core.conversationScreen(conversationId))
            } catch (e: ApiException) {
                fail(e.reasonText())
            }
        }
    }

    fun setUp(pin: String, confirmation: String) = act { core.setUp(pin, confirmation) }

    fun unlock(pin: String) = act { core.unlock(pin) }

    fun lock() {
        route = null
        core.lock()
        error = null
        refresh()
    }

    /** Locks at once; returns true when the activity should leave the app. */
    fun quickExit(): Boolean {
        val target = core.quickExit()
        error = null
        refresh()
        return target is QuickExit.LeaveApp
    }

    /** Chooses a disguise; `then` runs once it is stored. */
    fun setDisguise(disguise: app.waymark.core.Disguise, then: () -> Unit) {
        viewModelScope.launch {
            try {
                core.setDisguise(disguise)
                // The launcher entry follows the core's choice; the screen redraws through then().
                LauncherDisguise.apply(getApplication(), core.disguise().disguise)
                error = null
            } catch (e: ApiException) {
                error = e.reasonText()
            }
            then()
        }
    }

    fun refresh() {
        viewModelScope.launch { runCatching { core.screen() }.onSuccess { screen = it } }
    }

    fun press(key: CalcKey) = act { core.calculatorPress(key) }

    fun wipe() = act { core.wipe() }

    private fun act(work: suspend () -> Unit) {
        if (busy) return
        busy = true
        viewModelScope.launch {
            error = try {
                work()
                null
            } catch (e: ApiException) {
                e.reasonText()
            }
            screen = core.screen()
            busy = false
        }
    }

    override fun onCleared() {
        // Locked, not closed: the core lives as long as the process, and
        // background sync may be using it.
        core.lock()
    }
}

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
