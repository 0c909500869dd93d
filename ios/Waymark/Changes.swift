import Foundation
import WaymarkCore

/// What the core changed, as an `AsyncStream`: the observer is registered
/// when the stream is made and cancelled when it ends (the consuming task
/// is cancelled, as leaving a view's `.task` does). The core calls on a
/// thread of its own and merges changes not yet heard; the view re-reads
/// its screen model on each change, so nothing here decides anything.
extension Waymark {
    func changes() -> AsyncStream<Change> {
        AsyncStream { continuation in
            let relay = StreamObserver(continuation)
            do {
                let handle = try observe(observer: relay)
                continuation.onTermination = { _ in handle.cancel() }
            } catch {
                continuation.finish()
            }
        }
    }
}

/// Hands each change to the stream.
private final class StreamObserver: QuietObserver, @unchecked Sendable {
    private let continuation: AsyncStream<Change>.Continuation

    init(_ continuation: AsyncStream<Change>.Continuation) {
        self.continuation = continuation
    }

    func changed(what: Change) {
        continuation.yield(what)
    }
}

extension Change {
    /// Whether conversation `id`'s screen shows what changed.
    func concerns(_ id: Int64) -> Bool {
        switch self {
        case .outbox: return true
        case .conversation(let changed): return changed == id
        case .reply(let conversation): return conversation == id
        case .sync: return false
        }
    }
}
