// The encrypted profile, driven through the generated Kotlin bindings on the
// JVM (see tests/run-bindings.sh). A plain main: each check throws on
// failure, and the run ends with an "N passed, N failed" line.
import app.waymark.core.ApiException
import app.waymark.core.PlatformSecret
import app.waymark.core.ProfileState
import app.waymark.core.ReviewStatus
import app.waymark.core.Screen
import app.waymark.core.Settings
import app.waymark.core.Waymark
import app.waymark.core.availableLocales
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import kotlinx.coroutines.runBlocking

class FileSecret(private val file: File) : PlatformSecret {
    override fun deviceSecret(): ByteArray {
        if (!file.exists()) {
            val bytes = ByteArray(32)
            SecureRandom().nextBytes(bytes)
            file.writeBytes(bytes)
        }
        return file.readBytes()
    }

    override fun destroyDeviceSecret() {
        file.delete()
    }

    override fun deviceSecretExists(): Boolean = file.exists()
}

class Checks {
    var passed = 0
    var failed = 0

    fun run(name: String, body: () -> Unit) {
        try {
            body()
            passed++
            println("ok   $name")
        } catch (e: Throwable) {
            failed++
            println("FAIL $name: $e")
        }
    }
}

fun check(condition: Boolean, what: String) {
    if (!condition) throw AssertionError(what)
}

inline fun <reified T : Throwable> expectThrows(body: () -> Unit): T {
    try {
        body()
    } catch (e: Throwable) {
        if (e is T) return e
        throw AssertionError("expected ${T::class.simpleName}, got $e")
    }
    throw AssertionError("expected ${T::class.simpleName}, nothing was thrown")
}

fun newProfile(locales: List<String>): Pair<Waymark, File> {
    val root = Files.createTempDirectory("waymark-kt").toFile()
    val dir = File(root, "profile")
    return Pair(Waymark(dir.path, locales, FileSecret(File(root, "device.secret"))), dir)
}

fun main() {
    val checks = Checks()

    checks.run("set up, lock, wrong PIN is typed and localized, unlock") {
        val (w, _) = newProfile(listOf("my-MM"))
        check(runBlocking { w.state() } == ProfileState.NEW, "new profile")
        val setup = runBlocking { w.screen() }
        check(setup is Screen.Setup, "setup screen first")
        runBlocking { w.setUp("2468", "2468") }
        check(runBlocking { w.state() } == ProfileState.UNLOCKED, "unlocked after set-up")
        w.lock()
        check(runBlocking { w.state() } == ProfileState.LOCKED, "locked")
        val wrong = expectThrows<ApiException.WrongPin> { runBlocking { w.unlock("1357") } }
        check(wrong.reason.any { it in '\u1000'..'\u109F' }, "Burmese error text: ${wrong.reason}")
        check(!wrong.reason.contains("1357"), "PIN not echoed")
        check(runBlocking { w.state() } == ProfileState.LOCKED, "still locked after a wrong PIN")
        runBlocking { w.unlock("2468") }
        check(runBlocking { w.state() } == ProfileState.UNLOCKED, "unlocked with the right PIN")
    }

    checks.run("localized strings in two locales") {
        val (w, _) = newProfile(listOf("en-US"))
        val en = (runBlocking { w.screen() } as Screen.Setup).screen
        check(en.title == "Set up Waymark", "English title: ${en.title}")
        w.setDeviceLocales(listOf("lo-LA"))
        val lo = (runBlocking { w.screen() } as Screen.Setup).screen
        check(lo.title.any { it in '\u0E80'..'\u0EFF' }, "Lao title: ${lo.title}")
        check(w.activeLocale().review == ReviewStatus.MACHINE_DRAFTED, "review status exposed")
        check(lo.translationNotice != null, "machine-drafted notice shown")
        check(availableLocales().map { it.tag } == listOf("en", "th", "my", "km", "lo", "vi", "id", "ms", "fil"), "nine locales")
    }

    checks.run("bad input gets typed errors and changes nothing") {
        val (w, _) = newProfile(listOf("fil"))
        val short = expectThrows<ApiException.InvalidInput> { runBlocking { w.setUp("12", "12") } }
        check(short.code == "invalid_pin", "code ${short.code}")
        check(runBlocking { w.state() } == ProfileState.NEW, "nothing created")
        runBlocking { w.setUp("2468", "2468") }
        val twice = expectThrows<ApiException.WrongState> { runBlocking { w.setUp("1111", "1111") } }
        check(twice.code == "already_set_up", "code ${twice.code}")
        w.lock()
        val locked = expectThrows<ApiException.WrongState> { w.settings() }
        check(locked.code == "locked", "code ${locked.code}")
    }

    checks.run("settings are sealed: no plaintext in the database files") {
        val (w, dir) = newProfile(listOf("en"))
        runBlocking { w.setUp("2468", "2468") }
        val marker = "KT-MARKER-" + System.nanoTime()
        runBlocking { w.updateSettings(Settings(locale = "th", displayName = marker, country = null)) }
        check(w.settings().displayName == marker, "settings round-trip")
        val home = (runBlocking { w.screen() } as Screen.Home).screen
        check(home.greeting.contains(marker) && home.locale == "th", "Thai greeting with the name")
        val files = dir.listFiles()!!.filter { it.isFile }
        check(files.any { it.name == "waymark.db" }, "database exists")
        for (f in files) {
            check(!String(f.readBytes(), Charsets.ISO_8859_1).contains(marker), "plaintext in ${f.name}")
        }
    }

    safetyChecks(checks)
    contentChecks(checks)
    quietChecks(checks)

    println("${checks.passed} passed, ${checks.failed} failed")
    if (checks.failed > 0) System.exit(1)
}
