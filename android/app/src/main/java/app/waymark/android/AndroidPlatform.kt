package app.waymark.android

import android.Manifest
import android.app.Activity
import android.app.Application
import android.content.ActivityNotFoundException
import android.content.Intent
import android.content.pm.PackageManager
import android.location.LocationManager
import android.net.Uri
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.waymark.core.Disguise
import app.waymark.core.LinkKind
import app.waymark.core.Location
import app.waymark.core.SmsPayload
import app.waymark.ui.Platform
import app.waymark.ui.WaymarkUi
import java.lang.ref.WeakReference

/** What only Android can do, for android/ui's [WaymarkUi]. No rule lives here: the core decides, this carries out. */
class AndroidPlatform(private val app: Application) : Platform {
    /** The activity on screen, for quick exit; weak, so a recreated activity is never leaked. */
    var activity: WeakReference<Activity> = WeakReference(null)

    override fun openLink(kind: LinkKind, uri: String): Boolean = Links.open(app, kind, uri)

    override fun sendSms(message: SmsPayload): Boolean = try {
        app.startActivity(
            Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:" + Uri.encode(message.recipient)))
                .putExtra("sms_body", message.body)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
        )
        true
    } catch (e: ActivityNotFoundException) {
        false
    } catch (e: SecurityException) {
        false
    }

    /** The core has locked already: leave to the launcher and out of the recent-apps list. */
    override fun leaveApp() {
        activity.get()?.finishAndRemoveTask()
    }

    override fun applyDisguise(disguise: Disguise) = LauncherDisguise.apply(app, disguise)

    /**
     * The last position the phone already knows, never a new fix: only when
     * the person has granted location to the app (the manifest does not ask
     * for it yet, so today this is always `null` and the SOS goes without).
     */
    override suspend fun location(): Location? {
        val granted = listOf(Manifest.permission.ACCESS_FINE_LOCATION, Manifest.permission.ACCESS_COARSE_LOCATION)
            .any { app.checkSelfPermission(it) == PackageManager.PERMISSION_GRANTED }
        if (!granted) return null
        val lm = app.getSystemService(LocationManager::class.java) ?: return null
        val known = try {
            lm.getProviders(true).mapNotNull { lm.getLastKnownLocation(it) }.maxByOrNull { it.time }
        } catch (e: SecurityException) {
            null
        } ?: return null
        return Location(known.latitude, known.longitude, if (known.hasAccuracy()) known.accuracy.toDouble() else null)
    }

    override val relayUrl: String = BuildConfig.WAYMARK_RELAY_URL.trimEnd('/')

    override fun syncSoon() = SyncWorker.syncSoon(app)
}

/** Keeps the one [WaymarkUi] across activity recreation (rotation, language); its actions run in viewModelScope. */
class UiHolder(app: Application) : AndroidViewModel(app) {
    val platform = AndroidPlatform(app)
    val ui = WaymarkUi(
        SharedCore.get(app).also {
            it.setDeviceLocales(SharedCore.deviceLocales(app))
            SyncWorker.schedule(app)
        },
        platform,
        viewModelScope,
    )

    override fun onCleared() {
        // Locked, not closed: the core lives as long as the process; background sync may be using it.
        ui.core.lock()
    }
}

