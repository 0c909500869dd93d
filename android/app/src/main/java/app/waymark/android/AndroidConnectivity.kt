package app.waymark.android

import android.content.Context
import android.net.ConnectivityManager
import android.net.NetworkCapabilities
import app.waymark.core.Connectivity
import app.waymark.core.NetworkFacts

/**
 * The core's connectivity signal from ConnectivityManager: the raw facts,
 * read as Android gives them. The core decides what they mean (offline
 * means it plans nothing; a metered network or Data Saver skips optional
 * downloads such as content packs), so no rule lives here.
 */
class AndroidConnectivity(context: Context) : Connectivity {
    private val manager = context.applicationContext.getSystemService(ConnectivityManager::class.java)

    // Runs on the core's threads: never let a platform exception cross the
    // FFI. Without an answer, say so (`known = false`): the core then
    // assumes a network and backs off on failures.
    override fun facts(): NetworkFacts =
        try {
            val caps = manager.getNetworkCapabilities(manager.activeNetwork)
            NetworkFacts(
                known = true,
                internet = caps?.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) == true,
                validated = caps?.hasCapability(NetworkCapabilities.NET_CAPABILITY_VALIDATED) ?: false,
                metered = manager.isActiveNetworkMetered,
                dataSaverOn = manager.restrictBackgroundStatus ==
                    ConnectivityManager.RESTRICT_BACKGROUND_STATUS_ENABLED,
            )
        } catch (e: RuntimeException) {
            UNKNOWN
        }

    private companion object {
        val UNKNOWN = NetworkFacts(known = false, internet = false, validated = null, metered = false, dataSaverOn = false)
    }
}
