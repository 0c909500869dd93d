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
                    when (val s = model.screen) {
                        is Screen.Setup -> SetupView(s, model)
                        is Screen.Unlock -> UnlockView(s, model)
                        is Screen.Home -> HomeView(s, model)
                    }
                }
            }
        }
    }

    override fun onStop() {
        super.onStop()
        // Leaving the app locks it: someone picking up the phone later sees
        // the unlock screen, not the person's data.
        model.lock()
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
private fun HomeView(s: Screen.Home, model: WaymarkModel) {
    Page {
        Text(s.screen.title, style = MaterialTheme.typography.headlineSmall)
        Text(s.screen.greeting)
        Text(s.screen.language, style = MaterialTheme.typography.bodySmall)
        s.screen.translationNotice?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
        Button(onClick = { model.lock() }) { Text(s.screen.lockLabel) }
    }
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
