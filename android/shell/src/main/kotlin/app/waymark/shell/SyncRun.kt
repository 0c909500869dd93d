package app.waymark.shell

// The sync worker's decisions without WorkManager (issue #12, point 5):
// one run of the core's driver 2 over a transport, and when the platform
// should run again. No android.* here: the Android shell's SyncWorker
// wraps it, and tests/android-render.sh runs it on the JVM against the real
// core and a real relay (ShellTest). Every sync rule (what is due, batching,
// backoff, Retry-After, offline) stays the core's; this only carries the
// requests and reads the core's cadence.

import app.waymark.core.ApiException
import app.waymark.core.SyncOutcome
import app.waymark.core.SyncTask
import app.waymark.core.Waymark
import java.io.ByteArrayOutputStream
import java.io.IOException
import java.io.InputStream
import java.net.HttpURLConnection
import java.net.URL
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.ensureActive
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext

/** Makes one request the core planned; throws [IOException] when no answer came. */
fun interface RelayTransport {
    fun execute(task: SyncTask): SyncOutcome
}

/** How a run ended, as the scheduler needs it. */
sealed interface SyncRunEnd {
    /**
     * The core planned nothing more. [runAgainInSeconds]: when the core's
     * cadence wants the next run sooner than the periodic work comes
     * (after a network error's backoff, a relay's Retry-After, a quick
     * reply poll); `null` when the periodic work is soon enough (or the
     * phone is offline: the network constraint waits for one).
     */
    data class Done(val requests: Int, val runAgainInSeconds: Long?) : SyncRunEnd
    /** The profile's storage failed, or it is not set up: the periodic work tries again. */
    data object Failed : SyncRunEnd
}

/**
 * One sync run: asks the core for each request (`nextSyncTask`), makes it
 * with [transport], hands the answer back (`reportSyncResult`; no answer is
 * `NetworkError`, a stopped coroutine `Cancelled`), until the core plans
 * nothing more. One run at a time per process: the periodic and the
 * after-send work may overlap.
 */
class SyncRun(
    private val core: Waymark,
    private val transport: RelayTransport,
    private val now: () -> Long = { System.currentTimeMillis() / 1000 },
) {
    suspend fun run(): SyncRunEnd = running.withLock {
        var requests = 0
        try {
            while (true) {
                currentCoroutineContext().ensureActive()
                val task = core.nextSyncTask() ?: break
                requests++
                val outcome = try {
                    withContext(Dispatchers.IO) { transport.execute(task) }
                } catch (e: IOException) {
                    SyncOutcome.NetworkError
                } catch (e: CancellationException) {
                    // Stopped by the system: the core puts the task back.
                    // NonCancellable: the report must reach the core even
                    // though this coroutine is being cancelled.
                    withContext(NonCancellable) {
                        runCatching { core.reportSyncResult(task.id, SyncOutcome.Cancelled) }
                    }
                    throw e
                }
                core.reportSyncResult(task.id, outcome)
            }
            // Ends the run's report; what still waits is the next run's.
            core.syncReport()
            SyncRunEnd.Done(requests, runAgainIn(core.nextSyncAt()))
        } catch (e: ApiException) {
            SyncRunEnd.Failed
        }
    }

    /** The core's next due moment as a delay, when it comes before the periodic work would. */
    private fun runAgainIn(nextAt: Long?): Long? {
        if (nextAt == null) return null
        val wait = (nextAt - now()).coerceAtLeast(MIN_DELAY_SECONDS)
        return if (wait < PERIODIC_SECONDS) wait else null
    }

    companion object {
        /** Android's shortest periodic work: the schedule every install keeps. */
        const val PERIODIC_SECONDS = 15 * 60L
        /** Never re-run at once: a run just ended with nothing planned. */
        const val MIN_DELAY_SECONDS = 10L
        private val running = Mutex()
    }
}

/** The relay over HttpURLConnection (java.net: the same on Android and the JVM). */
class HttpRelayTransport(relayUrl: String, private val timeoutMs: Int = 30_000) : RelayTransport {
    private val relay = relayUrl.trimEnd('/')

    override fun execute(task: SyncTask): SyncOutcome {
        val connection = URL(relay + task.path).openConnection() as HttpURLConnection
        try {
            connection.requestMethod = task.method
            connection.connectTimeout = timeoutMs
            connection.readTimeout = timeoutMs
            connection.useCaches = false
            connection.instanceFollowRedirects = false
            task.bearer?.let { connection.setRequestProperty("Authorization", "Bearer $it") }
            task.contentType?.let { connection.setRequestProperty("Content-Type", it) }
            if (task.body.isNotEmpty()) {
                connection.doOutput = true
                connection.setFixedLengthStreamingMode(task.body.size)
                connection.outputStream.use { it.write(task.body) }
            }
            val status = connection.responseCode
            if (status !in 100..599) throw IOException("not an HTTP answer")
            // Never more than the endpoint allows: a hostile relay must not
            // exhaust the phone's memory.
            val limit = task.maxResponseBytes.coerceAtMost(Int.MAX_VALUE.toULong()).toLong()
            if (connection.contentLengthLong > limit) return SyncOutcome.TooLarge
            val stream = if (status >= 400) connection.errorStream else connection.inputStream
            val body = if (stream == null) {
                ByteArray(0)
            } else {
                stream.use { readAtMost(it, limit) } ?: return SyncOutcome.TooLarge
            }
            return SyncOutcome.Response(
                status = status.toUShort(),
                // As it came: the core reads seconds or an HTTP date.
                retryAfter = connection.getHeaderField("Retry-After"),
                body = body,
                packVersion = connection.getHeaderField("x-waymark-pack-version")?.trim()?.toULongOrNull(),
            )
        } finally {
            connection.disconnect()
        }
    }

    /** The whole stream, or null as soon as it passes `limit` bytes. */
    private fun readAtMost(stream: InputStream, limit: Long): ByteArray? {
        val out = ByteArrayOutputStream()
        val buffer = ByteArray(64 * 1024)
        while (true) {
            val n = stream.read(buffer)
            if (n < 0) return out.toByteArray()
            if (out.size().toLong() + n > limit) return null
            out.write(buffer, 0, n)
        }
    }
}
