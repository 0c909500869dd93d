import Foundation
import Network

/// The core's connectivity signal from NWPathMonitor. The core asks before
/// planning each sync request: offline means it plans nothing, and the
/// data-saver hint (Low Data Mode or an expensive network such as cellular
/// or a hotspot) skips optional downloads.
final class PathConnectivity: Connectivity, @unchecked Sendable {
    private let monitor = NWPathMonitor()
    private let lock = NSLock()
    private var path: NWPath?

    init() {
        monitor.pathUpdateHandler = { [weak self] path in
            guard let self else { return }
            self.lock.lock()
            self.path = path
            self.lock.unlock()
        }
        monitor.start(queue: DispatchQueue(label: "app.waymark.connectivity"))
    }

    deinit { monitor.cancel() }

    func isOnline() -> Bool {
        // Before the first update, give no signal: the core then assumes a
        // network and backs off on failures.
        guard let path = current() else { return true }
        return path.status == .satisfied
    }

    func dataSaver() -> Bool {
        guard let path = current() else { return false }
        return path.isConstrained || path.isExpensive
    }

    private func current() -> NWPath? {
        lock.lock()
        defer { lock.unlock() }
        return path
    }
}
