package app.waymark.android

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import app.waymark.core.LinkKind
import app.waymark.shell.LinkChoice

/**
 * Opens a directory number with the action [LinkChoice] picks by the core's [LinkKind]: a call
 * opens the dialer (the person still decides to call), SMS opens the
 * messaging app on `sms:`/`smsto:`, WhatsApp opens its `https://wa.me` link
 * in whatever handles it. The URI itself comes from the core.
 */
object Links {
    /** Opens it; `false` when no app on this phone handles it (the caller shows the core's message). */
    fun open(context: Context, kind: LinkKind, uri: String): Boolean {
        return try {
            context.startActivity(Intent(LinkChoice.action(kind), Uri.parse(uri)).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
            true
        } catch (e: ActivityNotFoundException) {
            false
        } catch (e: SecurityException) {
            false
        }
    }
}
