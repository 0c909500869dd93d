package app.waymark.shell

import app.waymark.core.LinkKind

/**
 * Which intent action opens a directory number, by the core's [LinkKind]
 * (no android.* here, so tests/android-render.sh runs it on the JVM against
 * the real core's directory, in ShellTest). The values are Android's `Intent.ACTION_*`
 * strings; the URI is the core's, unchanged.
 */
object LinkChoice {
    const val DIAL = "android.intent.action.DIAL"
    const val SENDTO = "android.intent.action.SENDTO"
    const val VIEW = "android.intent.action.VIEW"

    /** A call opens the dialer (the person still decides), SMS the messaging app, WhatsApp and web pages their https link. */
    fun action(kind: LinkKind): String = when (kind) {
        LinkKind.CALL -> DIAL
        LinkKind.SMS -> SENDTO
        LinkKind.WHATS_APP -> VIEW
        LinkKind.WEB -> VIEW
    }
}
