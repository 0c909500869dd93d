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
import app.waymark.shell.LockGlue
import app.waymark.ui.WaymarkUi
import java.lang.ref.WeakReference
import kotlinx.coroutines.CompletableDeferred

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

    /** Launches the activity's permission request (set by MainActivity, which owns the launcher). */
    var askLocation: (() -> Unit)? = null
    private var locationAnswer: CompletableDeferred<Boolean>? = null

    /** The person answered the permission dialog (MainActivity's result callback, also after a recreation). */
    fun locationAnswered(granted: Boolean) {
        locationAnswer?.complete(granted)
        locationAnswer = null
    }

    private fun locationGranted(): Boolean =
        listOf(Manifest.permission.ACCESS_FINE_LOCATION, Manifest.permission.ACCESS_COARSE_LOCATION)
            .any { app.checkSelfPermission(it) == PackageManager.PERMISSION_GRANTED }

    /**
     * Only when the person chose "include my location" at SOS review: asks
     * for the coarse-location permission then (the manifest declares it;
     * nothing is asked at install or start), and gives the last position
     * the phone already knows, never a new fix that could keep the SOS
     * waiting. Refused, or no position known: `null`, and the core says
     * the SOS goes without it.
     */
    override suspend fun location(): Location? {
        if (!locationGranted()) {
            val ask = askLocation ?: return null
            val answer = CompletableDeferred<Boolean>().also { locationAnswer = it }
            ask()
            if (!answer.await()) return null
        }
        val lm = app.getSystemService(LocationManager::class.java) ?: return null
        // Coarse permission only: a provider that needs fine location (gps) refuses; the others still answer.
        val known = lm.getProviders(true).mapNotNull {
            try {
                lm.getLastKnownLocation(it)
            } catch (e: SecurityException) {
                null
            } catch (e: IllegalArgumentException) {
                null
            }
        }.maxByOrNull { it.time } ?: return null
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
    val lockGlue = LockGlue(ui.core, ui)

    override fun onCleared() {
        // Locked, not closed: the core lives as long as the process; background sync may be using it.
        ui.core.lock()
    }
}

