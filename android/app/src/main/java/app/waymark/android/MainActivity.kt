package app.waymark.android

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.viewModels
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import androidx.compose.foundation.layout.Row
import app.waymark.core.CalcKey
import app.waymark.core.Screen

/** Draws whatever screen model the core returns; nothing else. */
class MainActivity : ComponentActivity() {
    private val model: WaymarkModel by viewModels()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // No screenshots and no preview in the recent-apps list.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        setContent {
            MaterialTheme {
                Surface(Modifier.fillMaxSize()) {
                    val route = model.route
                    if (route != null && model.screen is Screen.Home) {
                        androidx.activity.compose.BackHandler { model.open(null) }
                        ContentView(route, model)
                    } else when (val s = model.screen) {
                        is Screen.Setup -> SetupView(s, model)
                        is Screen.Unlock -> UnlockView(s, model)
                        is Screen.Home -> HomeView(s, model) { leave() }
                        is Screen.Calculator -> CalculatorView(s, model)
                        // Until the core has answered: nothing of the profile.
                        null -> {}
                    }
                }
            }
        }
    }

    /** Quick exit with no disguise: leave to the home screen, out of recents. */
    private fun leave() {
        finishAndRemoveTask()
    }

    override fun onStop() {
        super.onStop()
        // Rotation, theme and language changes recreate the activity: not a
        // departure. Otherwise the core starts its grace (so opening the
        // dialer or SMS app mid-SOS does not lose the plan) and locks when
        // it is due; the core owns the rule (decision in core::profile).
        if (isChangingConfigurations) return
        model.core.appBackgrounded()
    }

    override fun onStart() {
        super.onStart()
        // A language change recreates the activity (the model survives it):
        // re-read the device locales every time so the core re-picks.
        model.core.setDeviceLocales(SharedCore.deviceLocales(this))
        model.core.appForegrounded()
        model.refresh()
    }
}

@Composable
private fun SetupView(s: Screen.Setup, model: WaymarkModel) {
    var pin by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    Page {
        Text(s.screen.title, style = MaterialTheme.typography.headlineSmall)
        Text(s.screen.intro)
        SecretField(pin, s.screen.pinLabel) { pin = it }
        SecretField(again, s.screen.confirmLabel) { again = it }
        Text(s.screen.warning, style = MaterialTheme.typography.bodySmall)
        model.error?.let { Text(it, color = MaterialTheme.colorScheme.error) }
        Button(onClick = { model.setUp(pin, again) }, enabled = !model.busy) { Text(s.screen.submitLabel) }
        s.screen.translationNotice?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
    }
}

@Composable
private fun UnlockView(s: Screen.Unlock, model: WaymarkModel) {
    var pin by remember { mutableStateOf("") }
    Page {
        Text(s.screen.title, style = MaterialTheme.typography.headlineSmall)
        Text(s.screen.prompt)
        SecretField(pin, s.screen.pinLabel) { pin = it }
        model.error?.let { Text(it, color = MaterialTheme.colorScheme.error) }
        Button(onClick = { model.unlock(pin); pin = "" }, enabled = !model.busy) { Text(s.screen.submitLabel) }
        s.screen.translationNotice?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
    }
}

@Composable
private fun HomeView(s: Screen.Home, model: WaymarkModel, leave: () -> Unit) {
    Page {
        Text(s.screen.title, style = MaterialTheme.typography.headlineSmall)
        Text(s.screen.greeting)
        Text(s.screen.language, style = MaterialTheme.typography.bodySmall)
        s.screen.translationNotice?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
        for (item in s.screen.menu) {
            Button(onClick = { model.open(item.destination.name.lowercase()) }) { Text(item.label) }
        }
        Button(onClick = { model.lock() }) { Text(s.screen.lockLabel) }
        Button(onClick = { if (model.quickExit()) leave() }) { Text(s.screen.quickExitLabel) }
    }
}

/** The calculator disguise: a working calculator; the PIN then "=" opens the app. */
@Composable
private fun CalculatorView(s: Screen.Calculator, model: WaymarkModel) {
    val rows = listOf(
        listOf("7", "8", "9", "÷"),
        listOf("4", "5", "6", "×"),
        listOf("1", "2", "3", "−"),
        listOf("C", "0", ".", "+"),
        listOf("⌫", "="),
    )
    Page {
        Text(s.screen.expression, style = MaterialTheme.typography.bodyLarge)
        Text(s.screen.display, style = MaterialTheme.typography.displaySmall)
        for (row in rows) {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for (label in row) {
                    Button(onClick = { model.press(keyFor(label)) }) { Text(label) }
                }
            }
        }
    }
}

private fun keyFor(label: String): CalcKey = when (label) {
    "÷" -> CalcKey.Divide
    "×" -> CalcKey.Multiply
    "−" -> CalcKey.Subtract
    "+" -> CalcKey.Add
    "." -> CalcKey.Point
    "C" -> CalcKey.Clear
    "⌫" -> CalcKey.Backspace
    "=" -> CalcKey.Equals
    else -> CalcKey.Digit(label.toUByte())
}

@Composable
private fun Page(content: @Composable () -> Unit) {
    Column(Modifier.padding(24.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) { content() }
}

@Composable
private fun SecretField(value: String, label: String, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Password),
    )
}
