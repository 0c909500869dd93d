package app.waymark.android

import android.content.Context
import androidx.core.app.NotificationChannelCompat
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.ForegroundInfo
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.OutOfQuotaPolicy
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import app.waymark.core.ApiException
import app.waymark.core.SyncOutcome
import app.waymark.core.SyncTask
import java.io.ByteArrayOutputStream
import java.io.IOException
import java.io.InputStream
import java.net.HttpURLConnection
import java.net.URL
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.ensureActive
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext

/**
 * Background sync, driver 2: the core plans each request
 * (`nextSyncTask`), this worker makes it with HttpURLConnection, and the
 * core applies the answer (`reportSyncResult`). Every rule (what is due,
 * backoff, server pauses read from the raw `Retry-After`, offline) lives
 * in the core; the loop ends when it plans nothing more. Works while the
 * app is locked: the outbox is sealed with the device key. The core's
 * calls are suspend functions that run on its own threads (they touch the
 * database), so this never blocks a WorkManager thread on SQLite.
 */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val core = SharedCore.get(applicationContext)
        val relay = BuildConfig.WAYMARK_RELAY_URL.trimEnd('/')
        // The periodic and the after-send work may overlap: one loop at a time.
        running.withLock {
            try {
                while (true) {
                    currentCoroutineContext().ensureActive()
                    val task = core.nextSyncTask() ?: break
                    val outcome = try {
                        withContext(Dispatchers.IO) { execute(relay, task) }
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
                // Ends the run's report; what still waits is picked up by the
                // next periodic run.
                core.syncReport()
            } catch (e: ApiException) {
                // The profile's storage failed or it is not set up; the
                // periodic work tries again next time.
                return Result.failure()
            }
        }
        return Result.success()
    }

    /**
     * Expedited work runs as a foreground service before Android 12; its
     * notification wears the disguise's innocent title and text (the
     * launcher name if the profile cannot say), hidden on the lock screen.
     */
    override suspend fun getForegroundInfo(): ForegroundInfo {
        val disguise = try {
            SharedCore.get(applicationContext).disguise()
        } catch (e: ApiException) {
            null
        }
        val title = disguise?.notificationTitle ?: applicationContext.getString(R.string.launcher_name)
        val notifications = NotificationManagerCompat.from(applicationContext)
        notifications.createNotificationChannel(
            NotificationChannelCompat.Builder(CHANNEL, NotificationManagerCompat.IMPORTANCE_LOW)
                .setName(title)
                .setShowBadge(false)
                .build(),
        )
        val notification = NotificationCompat.Builder(applicationContext, CHANNEL)
            .setSmallIcon(android.R.drawable.stat_notify_sync_noanim)
            .setContentTitle(title)
            .setContentText(disguise?.notificationBody)
            .setPriority(NotificationCompat.PRIORITY_MIN)
            .setVisibility(NotificationCompat.VISIBILITY_SECRET)
            .setOngoing(true)
            .build()
        return ForegroundInfo(NOTIFICATION_ID, notification)
    }

    /** One request as the core planned it; throws IOException when there is no answer. */
    private fun execute(relay: String, task: SyncTask): SyncOutcome {
        val connection = URL(relay + task.path).openConnection() as HttpURLConnection
        try {
            connection.requestMethod = task.method
            connection.connectTimeout = TIMEOUT_MS
            connection.readTimeout = TIMEOUT_MS
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

    companion object {
        private const val PERIODIC = "waymark.sync"
        private const val SOON = "waymark.sync.soon"
        private const val CHANNEL = "sync"
        private const val NOTIFICATION_ID = 1
        private const val TIMEOUT_MS = 30_000
        private val running = Mutex()

        private val connected = Constraints.Builder()
            .setRequiredNetworkType(NetworkType.CONNECTED)
            .build()

        /** Every 15 minutes (Android's minimum) while there is a network. */
        fun schedule(context: Context) {
            val request = PeriodicWorkRequestBuilder<SyncWorker>(15, TimeUnit.MINUTES)
                .setConstraints(connected)
                .build()
            WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(PERIODIC, ExistingPeriodicWorkPolicy.KEEP, request)
        }

        /** Right after a message is queued: expedited, once there is a network. */
        fun syncSoon(context: Context) {
            val request = OneTimeWorkRequestBuilder<SyncWorker>()
                .setConstraints(connected)
                .setExpedited(OutOfQuotaPolicy.RUN_AS_NON_EXPEDITED_WORK_REQUEST)
                .build()
            // Appended, so a message queued while a run is ending still gets
            // its own run.
            WorkManager.getInstance(context)
                .enqueueUniqueWork(SOON, ExistingWorkPolicy.APPEND_OR_REPLACE, request)
        }
    }
}
