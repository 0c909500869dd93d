package app.waymark.android

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.activity.enableEdgeToEdge
import androidx.activity.viewModels
import androidx.compose.runtime.Composable
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.core.view.inputmethod.EditorInfoCompat
import app.waymark.ui.WaymarkApp
import java.lang.ref.WeakReference

/** Draws android/ui's [WaymarkApp]; everything it shows comes from the core through [app.waymark.ui.WaymarkUi]. */
class MainActivity : ComponentActivity() {
    private val holder: UiHolder by viewModels()

    /** Asked only when the person chose to include their location in an SOS (AndroidPlatform.location). */
    private val locationPermission =
        registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            holder.platform.locationAnswered(granted)
        }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // No screenshots and no preview in the recent-apps list.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        enableEdgeToEdge()
        holder.platform.activity = WeakReference(this)
        holder.platform.askLocation = { locationPermission.launch(android.Manifest.permission.ACCESS_COARSE_LOCATION) }
        val ui = holder.ui
        setContent {
            // Back leaves a screen for the one under it; on home it leaves the app as usual.
            BackHandler(enabled = ui.canGoBack) { ui.back() }
            NoKeyboardLearning { WaymarkApp(ui) }
        }
    }

    override fun onStart() {
        super.onStart()
        // A language change recreates the activity (the holder survives it):
        // LockGlue re-reads the device locales every time so the core re-picks.
        holder.lockGlue.started(SharedCore.deviceLocales(this))
    }

    override fun onDestroy() {
        super.onDestroy()
        // The launcher belongs to this activity: a recreated one sets its own. Gone for good
        // (not a rotation) with the permission dialog unanswered: the SOS goes on without a position.
        holder.platform.askLocation = null
        if (!isChangingConfigurations) holder.platform.locationAnswered(false)
    }

    override fun onStop() {
        super.onStop()
        // Rotation, theme and language changes are no departure; the dialer
        // or the SMS app mid-SOS start the core's grace (android/shell LockGlue).
        holder.lockGlue.stopped(isChangingConfigurations)
    }
}

/** Every field of the app (PINs, messages, contacts, search) asks the keyboard not to learn what is typed. */
@OptIn(ExperimentalComposeUiApi::class)
@Composable
private fun NoKeyboardLearning(content: @Composable () -> Unit) = InterceptPlatformTextInput(
    interceptor = { request, next ->
        next.startInputMethod(
            PlatformTextInputMethodRequest { info ->
                request.createInputConnection(info).also {
                    info.imeOptions = info.imeOptions or EditorInfoCompat.IME_FLAG_NO_PERSONALIZED_LEARNING
                }
            },
        )
    },
    content = content,
)
