// Discreet mode through the generated Kotlin bindings: the duress PIN opens
// a decoy that shows nothing of the real profile.
import app.waymark.core.Channel
import app.waymark.core.ContactInput
import app.waymark.core.ProfileState
import app.waymark.core.Screen
import app.waymark.core.Settings
import kotlinx.coroutines.runBlocking

fun safetyChecks(checks: Checks) {
    checks.run("duress PIN opens a decoy without the real data") {
        val (w, _) = newProfile(listOf("km"))
        runBlocking {
            w.setUp("2468", "2468")
            w.updateSettings(Settings(locale = null, displayName = "KtRealName", country = "KH"))
            w.addContact(ContactInput("KtBrother", "012 345 678", null, null, Channel.SMS, true))
            w.setDuressPin("2468", "1357", false)
        }
        w.lock()
        runBlocking { w.unlock("1357") }
        check(runBlocking { w.state() } == ProfileState.UNLOCKED, "decoy is unlocked")
        check(runBlocking { w.contactsScreen() }.contacts.isEmpty(), "decoy has no contacts")
        check(w.settings().displayName == null, "decoy has no name")
        check(runBlocking { w.safetyScreen() }.duress == null, "the decoy shows no duress section")
        val home = (runBlocking { w.screen() } as Screen.Home).screen
        check(!home.greeting.contains("KtRealName"), "decoy greeting is generic")
        w.lock()
        runBlocking { w.unlock("2468") }
        check(runBlocking { w.contactsScreen() }.contacts.map { it.name } == listOf("KtBrother"), "real profile intact")
        check(runBlocking { w.safetyScreen() }.duress?.set == true, "real profile knows its duress PIN")
    }
}
