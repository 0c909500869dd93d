package app.waymark.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import app.waymark.core.BackupScreen
import app.waymark.core.CalculatorScreen
import app.waymark.core.ChangePinForm
import app.waymark.core.ChecklistScreen
import app.waymark.core.ContactForm
import app.waymark.core.ContactsScreen
import app.waymark.core.ConversationScreen
import app.waymark.core.ConversationsScreen
import app.waymark.core.DirectoryScreen
import app.waymark.core.DuressForm
import app.waymark.core.HomeScreen
import app.waymark.core.LessonListScreen
import app.waymark.core.LessonScreen
import app.waymark.core.QuizQuestionScreen
import app.waymark.core.QuizResultScreen
import app.waymark.core.RedFlagResult
import app.waymark.core.RedFlagScreen
import app.waymark.core.SafetyScreen
import app.waymark.core.SearchScreen
import app.waymark.core.SecretLostScreen
import app.waymark.core.SettingsForm
import app.waymark.core.SetupScreen
import app.waymark.core.SosHistoryScreen
import app.waymark.core.SosPlan
import app.waymark.core.SosScreen
import app.waymark.core.TracesScreen
import app.waymark.core.UnlockScreen
import app.waymark.core.WipeAfterForm

/**
 * The whole app: draws whatever [WaymarkUi] has on top, with the core's
 * error under the quick-exit button. Quick exit is on every screen of an
 * open profile (the label is the core's; locked screens show none).
 */
@Composable
fun WaymarkApp(ui: WaymarkUi) {
    MaterialTheme {
        CompositionLocalProvider(LocalError provides ui.error) {
            val exit = ui.exitLabel ?: ""
            when (val m = ui.model) {
                // Until the core has answered, or when it could not: its reason, nothing of the profile.
                null -> Chrome(null, ui) {}
                is SecretLostScreen -> SecretLostView(m, ui)
                is SetupScreen -> SetupView(m, ui)
                is UnlockScreen -> UnlockView(m, ui)
                is CalculatorScreen -> CalculatorView(m, ui)
                is HomeScreen -> HomeView(m, m.quickExitLabel, ui)
                is LessonListScreen -> LessonsView(m, exit, ui)
                is LessonScreen -> LessonView(m, exit, ui)
                is QuizQuestionScreen -> QuizView(m, exit, ui)
                is QuizResultScreen -> QuizResultView(m, exit, ui)
                is ChecklistScreen -> ChecklistView(m, exit, ui)
                is RedFlagScreen -> RedFlagsView(m, exit, ui)
                is RedFlagResult -> RedFlagResultView(m, exit, ui)
                is DirectoryScreen -> DirectoryView(m, exit, ui)
                is SearchScreen -> SearchView(m, exit, ui)
                is ConversationsScreen -> {
                    LaunchedEffect(Unit) { ui.core.changes().collect { ui.refresh() } }
                    ConversationsView(m, exit, ui)
                }
                is ConversationScreen -> {
                    // Statuses change as sync runs: re-read on the core's changes for this conversation, no timer.
                    LaunchedEffect(m.id) { ui.core.changes().collect { if (it.concerns(m.id)) ui.refresh() } }
                    ConversationView(m, exit, ui)
                }
                is ContactsScreen -> ContactsView(m, exit, ui)
                is ContactForm -> ContactFormView(m, exit, ui)
                is SosScreen -> SosView(m, exit, ui)
                is SosPlan -> SosPlanView(m, exit, ui)
                is SosHistoryScreen -> SosHistoryView(m, exit, ui)
                is TracesScreen -> TracesView(m, exit, ui)
                is SafetyScreen -> SafetyView(m, exit, ui)
                is BackupScreen -> BackupView(m, ui.transfer, exit, ui)
                is SettingsForm -> SettingsView(m, exit, ui)
                is WipeAfterForm -> WipeAfterView(m, exit, ui)
                is ChangePinForm -> ChangePinView(m, exit, ui)
                is DuressForm -> DuressView(m, exit, ui)
                else -> throw IllegalStateException("no view for ${m::class.simpleName}")
            }
        }
    }
}
