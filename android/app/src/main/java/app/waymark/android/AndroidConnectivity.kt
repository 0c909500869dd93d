package app.waymark.android

import android.content.Context
import android.net.ConnectivityManager
import android.net.NetworkCapabilities
import app.waymark.core.Connectivity

/**
 * The core's connectivity signal from ConnectivityManager. The core asks
 * before planning each sync request: offline means it plans nothing, and
 * the data-saver hint skips optional downloads (content packs).
 */
class AndroidConnectivity(context: Context) : Connectivity {
    private val manager = context.applicationContext.getSystemService(ConnectivityManager::class.java)

    /** A network that can reach the internet, and that Android has checked does. */
    override fun isOnline(): Boolean = ask(fallback = true) {
        val caps = manager.getNetworkCapabilities(manager.activeNetwork)
        caps != null &&
            caps.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) &&
            caps.hasCapability(NetworkCapabilities.NET_CAPABILITY_VALIDATED)
    }

    /** The person turned on Data Saver for this app, or the network is metered. */
    override fun dataSaver(): Boolean = ask(fallback = false) {
        manager.restrictBackgroundStatus == ConnectivityManager.RESTRICT_BACKGROUND_STATUS_ENABLED ||
            manager.isActiveNetworkMetered
    }

    // These run on the core's threads: never let a platform exception cross
    // the FFI. Without an answer, behave as if no signal were given (the
    // core then assumes a network and backs off on failures).
    private inline fun ask(fallback: Boolean, question: () -> Boolean): Boolean =
        try {
            question()
        } catch (e: RuntimeException) {
            fallback
        }
}
