// Quiet contact through the Kotlin bindings against a real relay process on
// 127.0.0.1: a message written offline is delivered once, read and answered
// by the operator, and the reply shows; cancelling coroutines in the middle
// of sending and syncing never leaves the outbox half-written or duplicates
// a message at the relay.
import app.waymark.core.MessageStatus
import java.io.File
import java.net.HttpURLConnection
import java.net.ServerSocket
import java.net.URL
import java.nio.file.Files
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import kotlinx.coroutines.yield

class KtRelay {
    val root: File = Files.createTempDirectory("waymark-relay").toFile()
    val db = "sqlite:" + File(root, "relay.db").path
    val port = ServerSocket(0).use { it.localPort }
    val url = "http://127.0.0.1:$port"
    private var process: Process? = null
    private val server = System.getenv("WAYMARK_SERVER") ?: "target/debug/waymark-server"

    fun start() {
        process = ProcessBuilder(server, "serve", "--db", db, "--listen", "127.0.0.1:$port", "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
        val deadline = System.nanoTime() + 30_000_000_000L
        while (System.nanoTime() < deadline) {
            try {
                val c = URL("$url/v1/health").openConnection() as HttpURLConnection
                c.connectTimeout = 500
                if (c.responseCode == 200) return
            } catch (e: java.io.IOException) {
                Thread.sleep(50) // waiting for the process to listen, not for a race
            }
        }
        throw AssertionError("relay did not start")
    }

    fun stop() {
        process?.destroy()
        process?.waitFor()
    }

    /** Runs an operator command; reply text goes on [stdin] (argv is refused). */
    fun operator(vararg args: String, stdin: String = ""): String {
        val p = ProcessBuilder(listOf(server) + args.toList() + listOf("--db", db, "--key", "keys/dev-hotline.key.hex", "--json"))
            .redirectErrorStream(false)
            .start()
        p.outputStream.use { it.write(stdin.toByteArray()) }
        val out = p.inputStream.bufferedReader().readText()
        check(p.waitFor() == 0, "operator command ${args.toList()} failed")
        return out
    }

    /** Envelope ids in the operator's inbox (marks them fetched). */
    fun inboxIds(): List<String> =
        Regex("\"id\":\"([0-9a-f]{32})\"").findAll(operator("inbox")).map { it.groupValues[1] }.toList()
}

fun quietChecks(checks: Checks) {
    checks.run("quiet contact: written offline, delivered once, answered, reply shown") {
        val relay = KtRelay()
        try {
            val (w, _) = newProfile(listOf("en"))
            runBlocking { w.setUp("2468", "2468") }
            check(w.quietHotlines().map { it.id } == listOf("waymark-dev"), "test hotline offered")
            val c = runBlocking { w.conversationWith("waymark-dev") }
            val sent = runBlocking { w.sendMessage(c, "I need help / ຊ່ວຍແດ່") }
            check(sent.status == MessageStatus.QUEUED, "queued while offline")
            val offline = runBlocking { w.syncNow(relay.url) }
            check(offline.queued == 1u && offline.sent == 0u, "nothing sent without a relay")

            relay.start()
            val deadline = System.nanoTime() + 60_000_000_000L
            while (runBlocking { w.outboxSummary() }.queued > 0u && System.nanoTime() < deadline) {
                val r = runBlocking { w.syncNow(relay.url) }
                if (r.queued > 0u) Thread.sleep(1000L * minOf((r.nextAttemptIn ?: 1u).toLong(), 5L)) // the engine's backoff
            }
            check(runBlocking { w.outboxSummary() }.sent == 1u, "sent once the relay runs")
            val ids = relay.inboxIds()
            check(ids.size == 1, "one envelope at the relay, got ${ids.size}")
            relay.operator("reply", "--to", ids[0], stdin = "We are here for you.")
            val r = runBlocking { w.syncNow(relay.url) }
            check(r.replies == 1u, "reply fetched")
            val screen = runBlocking { w.conversationScreen(c) }
            check(screen.messages.map { it.body } == listOf("I need help / ຊ່ວຍແດ່", "We are here for you."), "reply shown")
            check(screen.messages[0].status == MessageStatus.REPLIED, "status replied")
        } finally {
            relay.stop()
        }
    }

    checks.run("cancelled coroutines never half-write the outbox or duplicate at the relay") {
        val relay = KtRelay()
        try {
            relay.start()
            val (w, _) = newProfile(listOf("en"))
            runBlocking { w.setUp("2468", "2468") }
            val c = runBlocking { w.conversationWith("waymark-dev") }
            var confirmed = 0
            runBlocking {
                for (i in 0 until 30) {
                    // A send cancelled at once: it either happened entirely or not at all.
                    val done = withTimeoutOrNull(1L) { w.sendMessage(c, "message $i") }
                    if (done != null) confirmed++
                    val job = launch(Dispatchers.Default) { w.syncNow(relay.url) }
                    yield()
                    job.cancel()
                    job.join()
                }
            }
            // A cancelled send that already started may still be committing
            // (each one whole, in one transaction). Read the outbox before and
            // after counting messages: when nothing committed in between, the
            // two must agree exactly.
            fun outboxTotal(): UInt = runBlocking { w.outboxSummary() }.let { it.queued + it.sent + it.delivered + it.needsAttention }
            var written: Int
            var attempts = 0
            while (true) {
                val before = outboxTotal()
                written = runBlocking { w.conversationScreen(c) }.messages.size
                val after = outboxTotal()
                if (before == after) {
                    check(after == written.toUInt(), "one outbox entry per message: $after vs $written")
                    break
                }
                attempts++
                check(attempts < 100, "the outbox never settled")
            }
            check(written >= confirmed, "every confirmed send is stored")
            // Let the engine finish: wait as long as it asks.
            val deadline = System.nanoTime() + 60_000_000_000L
            while (runBlocking { w.outboxSummary() }.queued > 0u && System.nanoTime() < deadline) {
                val r = runBlocking { w.syncNow(relay.url) }
                if (r.queued > 0u) Thread.sleep(1000L * minOf((r.nextAttemptIn ?: 1u).toLong(), 5L))
            }
            // A cancelled send that had already started still completes (whole):
            // count the conversation again once everything is delivered.
            val finalCount = runBlocking { w.conversationScreen(c) }.messages.size
            check(finalCount >= written, "nothing disappears")
            val ids = relay.inboxIds()
            check(ids.size == finalCount, "relay holds each message once: ${ids.size} vs $finalCount")
            check(ids.toSet().size == ids.size, "no duplicates")
        } finally {
            relay.stop()
        }
    }
}
