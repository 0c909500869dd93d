package app.waymark.shell

// What the activity's lifecycle tells the core, without Android (issue #12,
// point 5). The rule — how long an absence may last before the profile
// locks — is the core's (`appBackgrounded`/`appForegrounded`, decision 75);
// this decides only which platform events are an absence. No android.* here:
// MainActivity calls it, and ShellTest runs it on the JVM with the real
// core and a clock moved by hand.

import app.waymark.core.Waymark
import app.waymark.ui.WaymarkUi

class LockGlue(private val core: Waymark, private val ui: WaymarkUi) {
    /**
     * The activity stopped. A configuration change (rotation, theme,
     * language) recreates it at once and is no absence: nothing is told.
     * Anything else — home, another app, the dialer or the messaging app an
     * SOS opened — starts the core's grace, and the core locks when the
     * absence outlasts it.
     */
    fun stopped(changingConfigurations: Boolean) {
        if (changingConfigurations) return
        core.appBackgrounded()
    }

    /**
     * The activity started again: the device's languages are read every
     * time (a language change is seen), the core decides whether the
     * absence locked, and the screen is read again (after a lock it is the
     * unlock screen or the disguise, with nothing of the profile kept).
     */
    fun started(deviceLocales: List<String>) {
        core.setDeviceLocales(deviceLocales)
        core.appForegrounded()
        ui.refresh()
    }
}
