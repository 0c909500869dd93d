package app.waymark.android

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import app.waymark.core.LinkKind

/**
 * The intent for a directory number, chosen by the core's [LinkKind]: a call
 * opens the dialer (the person still decides to call), SMS opens the
 * messaging app on `sms:`/`smsto:`, WhatsApp opens its `https://wa.me` link
 * in whatever handles it. The URI itself comes from the core.
 */
object Links {
    /** Plain data so it is JVM-testable without Android: action name and URI. */
    data class Choice(val action: String, val uri: String)

    fun choose(kind: LinkKind, uri: String): Choice = when (kind) {
        LinkKind.CALL -> Choice(Intent.ACTION_DIAL, uri)
        LinkKind.SMS -> Choice(Intent.ACTION_SENDTO, uri)
        LinkKind.WHATS_APP -> Choice(Intent.ACTION_VIEW, uri)
    }

    /** Opens it; `false` when no app on this phone handles it (the caller shows the core's message). */
    fun open(context: Context, kind: LinkKind, uri: String): Boolean {
        val c = choose(kind, uri)
        return try {
            context.startActivity(Intent(c.action, Uri.parse(c.uri)).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
            true
        } catch (e: ActivityNotFoundException) {
            false
        } catch (e: SecurityException) {
            false
        }
    }
}
