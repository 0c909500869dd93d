// The Android shell's logic that is not Android (android/shell), run on the
// JVM with the REAL core (generated bindings) and a real relay: the intent
// per link kind, the sync worker's run and its next-run decision, the lock
// glue of the activity's lifecycle, and the UI's decision on a lost key
// store key. Each check fails if the logic it names broke. A plain main
// (no JUnit jar here); tests/android-render.sh runs it after compiling.
import app.waymark.core.Clock
import app.waymark.core.ContactInput
import app.waymark.core.Channel
import app.waymark.core.DuressInput
import app.waymark.core.HomeScreen
import app.waymark.core.LinkKind
import app.waymark.core.Location
import app.waymark.core.SecretLostScreen
import app.waymark.core.SetupScreen
import app.waymark.core.SmsPayload
import app.waymark.core.SosPlan
import app.waymark.core.SosStage
import app.waymark.core.SyncOutcome
import app.waymark.core.UnlockScreen
import app.waymark.core.Waymark
import app.waymark.core.Disguise
import app.waymark.shell.HttpRelayTransport
import app.waymark.shell.LinkChoice
import app.waymark.shell.LockGlue
import app.waymark.shell.RelayTransport
import app.waymark.shell.SyncRun
import app.waymark.shell.SyncRunEnd
import app.waymark.ui.Platform
import app.waymark.ui.WaymarkUi
import java.io.File
import java.io.IOException
import java.nio.file.Files
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.runBlocking

/** A clock the test moves by hand (no sleeping). */
class HandClock(var now: Long = 1_800_000_000) : Clock {
    override fun nowUnixSeconds(): Long = now
}

/** A platform that only counts what it was asked to do. */
class CountingPlatform : Platform {
    var smsHandedOver = 0
    override fun openLink(kind: LinkKind, uri: String) = true
    override fun sendSms(message: SmsPayload): Boolean { smsHandedOver++; return true }
    override fun leaveApp() {}
    override fun applyDisguise(disguise: Disguise) {}
    override suspend fun location(): Location? = null
    override val relayUrl = "http://127.0.0.1:9"
    override fun syncSoon() {}
}

/** A key store that fails now and then without losing anything (code `platform_secret`). */
class Flaky(private val inner: FileSecret) : app.waymark.core.PlatformSecret by inner {
    @Volatile var failing = false
    override fun deviceSecret(): ByteArray =
        if (failing) throw app.waymark.core.ApiException.Storage("platform_secret", "keystore") else inner.deviceSecret()
}

var checks = 0
fun must(ok: Boolean, what: String) { if (!ok) fail(what); checks++ }

const val SHELL_PIN = "2468"

fun profileIn(root: File, name: String, clock: Clock? = null): Pair<Waymark, FileSecret> {
    val secret = FileSecret(File(root, "$name.secret"))
    return Waymark.withClock(File(root, name).path, listOf("en"), secret, clock) to secret
}

suspend fun Waymark.trustedContact() {
    addContact(ContactInput("Shell Contact", "+66812345678", null, null, Channel.SMS, true))
}

/** LinkChoice: every link in the real directory opens with the intent its kind needs. */
fun linksOpenWithTheRightIntent(root: File) = runBlocking {
    val (core, _) = profileIn(root, "links")
    val kinds = mutableSetOf<LinkKind>()
    for (n in core.directoryScreen(null, null, null).entries.flatMap { it.actions }) {
        val (action, scheme) = when (n.kind) {
            LinkKind.CALL -> LinkChoice.DIAL to "tel:"
            LinkKind.SMS -> LinkChoice.SENDTO to "sms"
            LinkKind.WHATS_APP -> LinkChoice.VIEW to "https://wa.me/"
            LinkKind.WEB -> LinkChoice.VIEW to "https://"
        }
        must(LinkChoice.action(n.kind) == action && n.uri.startsWith(scheme), "link ${n.kind} ${n.uri.take(12)} opens with ${LinkChoice.action(n.kind)}")
        kinds += n.kind
    }
    must(LinkKind.CALL in kinds, "the directory has no calls to check: $kinds")
    println("links: ${kinds.size} kinds checked against the directory")
}

/** SyncRun: delivers through a real relay; with no network it keeps the message and asks for a run after the core's backoff. */
fun syncRunsFollowTheCore(root: File, relayUrl: String) = runBlocking {
    val clock = HandClock()
    val (core, secret) = profileIn(root, "sync", clock)
    core.setUp(SHELL_PIN, SHELL_PIN)
    val hotline = core.quietHotlines().firstOrNull() ?: fail("no hotline to write to")
    val conversation = core.conversationWith(hotline.id)

    // No network (nothing listens): nothing lost, the core's backoff decides the next run.
    core.sendMessage(conversation, "shell test, offline")
    var made = 0
    val offline = SyncRun(core, RelayTransport { made++; HttpRelayTransport("http://127.0.0.1:9").execute(it) }, clock::now).run()
    must(offline is SyncRunEnd.Done && made >= 1, "an offline run made no request: $offline")
    val wait = (offline as SyncRunEnd.Done).runAgainInSeconds
    val due = core.nextSyncAt()
    must(due != null && due > clock.now, "the core set no backoff after a network error")
    must(wait != null && wait == maxOf(SyncRun.MIN_DELAY_SECONDS, due!! - clock.now) && wait < SyncRun.PERIODIC_SECONDS,
        "the next run ($wait s) does not follow the core's backoff (due in ${due!! - clock.now} s)")
    must(core.outboxSummary().queued == 1u, "the offline message left the outbox")

    // Cancelled mid-request (the system stopped the work): reported, the message still waits.
    clock.now = due
    val cancelled = runCatching {
        SyncRun(core, RelayTransport { throw kotlinx.coroutines.CancellationException("stopped") }, clock::now).run()
    }
    must(cancelled.exceptionOrNull() is kotlinx.coroutines.CancellationException, "a stopped run did not end as cancelled")
    must(core.outboxSummary().queued == 1u, "a stopped run lost the message")

    // The network is back: the real relay takes it.
    clock.now = core.nextSyncAt() ?: clock.now
    val online = SyncRun(core, HttpRelayTransport(relayUrl), clock::now).run()
    must(online is SyncRunEnd.Done && (online as SyncRunEnd.Done).requests >= 1, "an online run made no request")
    val summary = core.outboxSummary()
    must(summary.queued == 0u && summary.sent + summary.delivered == 1u, "the relay did not take the message: $summary")

    // The key store lost its key: the run fails (the worker reports failure), nothing is thrown at WorkManager.
    secret.lost = true
    must(SyncRun(core, HttpRelayTransport(relayUrl), clock::now).run() == SyncRunEnd.Failed, "a run without the device key did not fail")
    secret.lost = false
    println("sync: offline run waits ${wait} s (core's backoff), cancelled run keeps the message, online run delivered it")
}

/** LockGlue: a rotation is no absence; the SMS app opened from an SOS comes back within the grace; a long absence locks. */
fun lockGlueLeavesTheRuleToTheCore(root: File) = runBlocking {
    val clock = HandClock()
    val (core, _) = profileIn(root, "lock", clock)
    core.setUp(SHELL_PIN, SHELL_PIN)
    core.trustedContact()
    val platform = CountingPlatform()
    val ui = WaymarkUi(core, platform, this)
    val glue = LockGlue(core, ui)
    ui.refresh(); ui.idle()
    ui.open(app.waymark.core.Destination.SOS); ui.sosReview(); ui.idle()
    ui.sosConfirm(); ui.idle()
    val sent = ui.model as? SosPlan ?: fail("no SOS plan on screen")
    must(sent.stage == SosStage.SENT, "the SOS was not sent")
    ui.sosSend(sent.messages.first()); ui.idle()
    must(platform.smsHandedOver == 1, "the SMS was not handed over")

    // The messaging app opens (a stop, not a configuration change) and the person comes back at once.
    glue.stopped(changingConfigurations = false)
    clock.now += 2
    glue.started(listOf("en")); ui.idle()
    must(ui.model is SosPlan, "coming back from the SMS app lost the SOS plan: ${ui.model?.let { it::class.simpleName }}")

    // A rotation (configuration change) that takes long on a slow phone: still no absence.
    glue.stopped(changingConfigurations = true)
    clock.now += 600
    glue.started(listOf("en")); ui.idle()
    must(ui.model is SosPlan, "a rotation locked the app")

    // Away longer than the core's grace: locked, and the language the phone now has is read.
    glue.stopped(changingConfigurations = false)
    clock.now += 600
    glue.started(listOf("th")); ui.idle()
    val unlock = ui.model as? UnlockScreen ?: fail("a long absence did not lock: ${ui.model?.let { it::class.simpleName }}")
    must(unlock.title.any { it in '\u0E00'..'\u0E7F' }, "the device's new language was not read on start: ${unlock.title}")
    must(!ui.canGoBack, "a pushed screen survived the lock")
    println("lock glue: SMS app and rotation keep the SOS plan, a long absence locks and re-reads the language")
}

/** WaymarkUi: a lost key store key shows the core's screen, the same for the real PIN, the duress PIN and none; other key-store failures do not. */
fun aLostKeyShowsTheCoresScreenAndNothingElse(root: File) = runBlocking {
    val (core, secret) = profileIn(root, "lost")
    core.setUp(SHELL_PIN, SHELL_PIN)
    core.trustedContact()
    core.setDuress(DuressInput(SHELL_PIN, "9753", "9753", false))
    core.lock()
    val ui = WaymarkUi(core, CountingPlatform(), this)
    ui.refresh(); ui.idle()
    must(ui.model is UnlockScreen, "not locked before the loss")
    secret.lost = true
    ui.refresh(); ui.idle()
    val lost = ui.model as? SecretLostScreen ?: fail("a lost key did not show the core's screen: ${ui.model?.let { it::class.simpleName }}")
    must(ui.error == null && ui.exitLabel == null, "the lost-key screen shows an error or a profile's quick exit")
    for (pin in listOf(SHELL_PIN, "9753", "0000")) {
        ui.unlock(pin); ui.idle()
        must(ui.model == lost && ui.error == null, "PIN $pin changed what the lost-key screen shows")
    }
    // A key store that only failed this once is not a loss: its reason, and the unlock screen after.
    val flaky = Flaky(FileSecret(File(root, "flaky.secret")))
    val other = Waymark(File(root, "flaky").path, listOf("en"), flaky)
    other.setUp(SHELL_PIN, SHELL_PIN); other.lock()
    val flakyUi = WaymarkUi(other, CountingPlatform(), this)
    flaky.failing = true
    flakyUi.refresh(); flakyUi.idle()
    must(flakyUi.model !is SecretLostScreen && flakyUi.error != null, "a passing key-store failure was taken for a lost key")
    flaky.failing = false
    flakyUi.refresh(); flakyUi.idle()
    must(flakyUi.model is UnlockScreen && flakyUi.error == null, "the unlock screen did not come back after a passing failure")

    // Start over: erased (no PIN), a fresh setup, and the profile's contact is gone.
    secret.lost = true
    ui.startOver(); ui.idle()
    must(ui.model is SetupScreen, "starting over did not lead to setup")
    ui.setUp(SHELL_PIN, SHELL_PIN); ui.idle()
    must(ui.model is HomeScreen, "no home after setting up again")
    must(core.contactsScreen().contacts.isEmpty(), "starting over kept the old profile's contacts")
    println("lost key: one screen for every PIN, a passing failure is not a loss, start over erases")
}

fun main() {
    val started = System.nanoTime()
    val root = Files.createTempDirectory("waymark-shell").toFile()
    val (relay, relayUrl) = startRelay(root)
    try {
        linksOpenWithTheRightIntent(root)
        syncRunsFollowTheCore(root, relayUrl)
        lockGlueLeavesTheRuleToTheCore(root)
        aLostKeyShowsTheCoresScreenAndNothingElse(root)
    } finally { relay.destroy(); relay.waitFor() }
    println("shell tests: $checks checks passed in %.1f s".format((System.nanoTime() - started) / 1e9))
}
