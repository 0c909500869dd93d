package app.waymark.android

import android.content.Context
import app.waymark.core.Waymark

/**
 * The one core per process. The UI and [SyncWorker] share it: one data
 * directory, one database writer, one sync engine. WorkManager may start
 * the process without any activity, so the worker opens it here too.
 */
object SharedCore {
    @Volatile private var core: Waymark? = null

    fun get(context: Context): Waymark =
        core ?: synchronized(this) {
            core ?: open(context.applicationContext).also { core = it }
        }

    /** The device's language list, most preferred first. */
    fun deviceLocales(context: Context): List<String> =
        context.resources.configuration.locales.toLanguageTags().split(",")

    private fun open(app: Context): Waymark = Waymark.withPlatform(
        dataDir = app.filesDir.resolve("waymark").path,
        deviceLocales = deviceLocales(app),
        platformSecret = KeystoreSecret(app),
        clock = null,
        connectivity = AndroidConnectivity(app),
    )
}
