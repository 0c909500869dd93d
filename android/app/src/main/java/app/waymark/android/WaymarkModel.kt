package app.waymark.android

import android.app.Application
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.waymark.core.ApiException
import app.waymark.core.CalcKey
import app.waymark.core.QuickExit
import app.waymark.core.Screen
import app.waymark.core.Waymark
import kotlinx.coroutines.launch

/**
 * Holds the one core object and the screen it says to draw. No rules live
 * here: every action goes to the core, and the next screen comes back.
 */
class WaymarkModel(app: Application) : AndroidViewModel(app) {
    val core = Waymark(
        app.filesDir.resolve("waymark").path,
        app.resources.configuration.locales.toLanguageTags().split(","),
        KeystoreSecret(app),
    )

    var screen: Screen by mutableStateOf(core.screen())
        private set
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

    fun sos(practice: Boolean, show: (app.waymark.core.SosPlan) -> Unit, fail: (String) -> Unit) {
        viewModelScope.launch {
            try {
                show(core.sos(null, practice))
            } catch (e: ApiException) {
                fail(e.reasonText())
            }
        }
    }

    fun check(item: String, checked: Boolean, show: (app.waymark.core.ChecklistScreen) -> Unit) {
        viewModelScope.launch { show(core.checkItem(item, checked)) }
    }

    fun setUp(pin: String, confirmation: String) = act { core.setUp(pin, confirmation) }

    fun unlock(pin: String) = act { core.unlock(pin) }

    fun lock() {
        route = null
        core.lock()
        error = null
        screen = core.screen()
    }

    /** Locks at once; returns true when the activity should leave the app. */
    fun quickExit(): Boolean {
        val target = core.quickExit()
        error = null
        screen = core.screen()
        return target is QuickExit.LeaveApp
    }

    /** The localized quick-exit label (from the safety screen model). */
    fun safetyLabels(): String = core.safetyScreen().quickExitLabel

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
        core.lock()
        core.close()
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
    is ApiException.Internal -> reason
}
