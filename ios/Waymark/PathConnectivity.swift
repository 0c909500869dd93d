import Foundation
import Network
import WaymarkCore

/// The core's connectivity signal from NWPathMonitor: the raw facts of the
/// last path, as iOS gives them. The core decides what they mean (offline
/// means it plans nothing; Low Data Mode or an expensive network such as
/// cellular or a hotspot skips optional downloads), so no rule lives here.
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

    func facts() -> NetworkFacts {
        // Before the first update there is no answer (`known: false`): the
        // core then assumes a network and backs off on failures.
        guard let path = current() else {
            return NetworkFacts(known: false, internet: false, validated: nil, metered: false, dataSaverOn: false)
        }
        return NetworkFacts(
            known: true,
            internet: path.status == .satisfied,
            validated: nil,  // iOS does not say whether it checked
            metered: path.isExpensive,
            dataSaverOn: path.isConstrained
        )
    }

    private func current() -> NWPath? {
        lock.lock()
        defer { lock.unlock() }
        return path
    }
}
