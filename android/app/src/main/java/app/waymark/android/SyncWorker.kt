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
import app.waymark.shell.HttpRelayTransport
import app.waymark.shell.SyncRun
import app.waymark.shell.SyncRunEnd
import java.util.concurrent.TimeUnit

/**
 * Background sync, driver 2, as WorkManager work: one [SyncRun]
 * (android/shell: the core plans each request, [HttpRelayTransport] makes
 * it, the core applies the answer, until it plans nothing more), then a
 * follow-up run when the core's cadence wants one before the periodic
 * work. Every rule (what is due, backoff, server pauses read from the raw
 * `Retry-After`, offline) lives in the core. Works while the app is
 * locked: the outbox is sealed with the device key. The core's calls are
 * suspend functions on its own threads, so no WorkManager thread blocks
 * on SQLite.
 */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val core = SharedCore.get(applicationContext)
        return when (val end = SyncRun(core, HttpRelayTransport(BuildConfig.WAYMARK_RELAY_URL)).run()) {
            is SyncRunEnd.Done -> {
                // The core's cadence wants a run before the periodic one (a backoff, Retry-After, a reply poll).
                end.runAgainInSeconds?.let { syncLater(applicationContext, it) }
                Result.success()
            }
            // The profile's storage failed or it is not set up; the periodic work tries again next time.
            SyncRunEnd.Failed -> Result.failure()
        }
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

    companion object {
        private const val PERIODIC = "waymark.sync"
        private const val SOON = "waymark.sync.soon"
        private const val CHANNEL = "sync"
        private const val NOTIFICATION_ID = 1
        private const val LATER = "waymark.sync.later"

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

        /** When the core's cadence says, once there is a network (replaces an earlier such request). */
        fun syncLater(context: Context, seconds: Long) {
            val request = OneTimeWorkRequestBuilder<SyncWorker>()
                .setConstraints(connected)
                .setInitialDelay(seconds, TimeUnit.SECONDS)
                .build()
            WorkManager.getInstance(context)
                .enqueueUniqueWork(LATER, ExistingWorkPolicy.REPLACE, request)
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
