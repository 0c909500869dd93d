package app.waymark.android

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import app.waymark.core.Disguise

/**
 * Keeps the launcher entry in line with the core's disguise: one
 * activity-alias per choice (AndroidManifest.xml), exactly one enabled.
 * The choice itself is the core's (`setDisguise` / `disguise()`).
 */
object LauncherDisguise {
    fun alias(d: Disguise): String = when (d) {
        Disguise.NONE -> ".LauncherWaymark"
        Disguise.CALCULATOR -> ".LauncherCalculator"
        Disguise.NOTES -> ".LauncherNotes"
        Disguise.WEATHER -> ".LauncherWeather"
    }

    fun apply(context: Context, chosen: Disguise) {
        val pm = context.packageManager
        for (d in Disguise.values()) {
            val state = if (d == chosen) PackageManager.COMPONENT_ENABLED_STATE_ENABLED
            else PackageManager.COMPONENT_ENABLED_STATE_DISABLED
            pm.setComponentEnabledSetting(
                ComponentName(context.packageName, context.packageName + alias(d)),
                state,
                PackageManager.DONT_KILL_APP,
            )
        }
    }
}
