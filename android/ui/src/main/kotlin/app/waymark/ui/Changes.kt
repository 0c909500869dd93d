package app.waymark.ui

import app.waymark.core.Change
import app.waymark.core.QuietObserver
import app.waymark.core.Waymark
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow

/**
 * What the core changed, as a Flow: the observer is registered when the
 * flow is collected and cancelled when the collector goes away (leaving
 * the screen cancels its LaunchedEffect). The core calls on a thread of
 * its own and merges changes a slow collector has not heard yet; the
 * screen re-reads its model on each change, so nothing here decides
 * anything.
 */
fun Waymark.changes(): Flow<Change> = callbackFlow {
    val handle = observe(object : QuietObserver {
        override fun changed(what: Change) {
            trySend(what)
        }
    })
    awaitClose { handle.cancel() }
}.buffer(Channel.UNLIMITED)

/** Whether conversation `id`'s screen shows what changed. */
fun Change.concerns(id: Long): Boolean = when (this) {
    is Change.Outbox -> true
    is Change.Conversation -> this.id == id
    is Change.Reply -> conversation == id
    is Change.Sync -> false
}
