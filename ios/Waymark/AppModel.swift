import Foundation
import SwiftUI

/// Holds the one core object and the screen it says to draw. No rules live
/// here: every action goes to the core, and the next screen comes back.
@MainActor
final class AppModel: ObservableObject {
    @Published private(set) var screen: Screen
    @Published private(set) var error: String?
    @Published private(set) var busy = false
    /// Shared with background sync: one core per process (`SharedCore`).
    let core: Waymark

    init() {
        core = SharedCore.core
        do {
            screen = try core.screen()
        } catch {
            // Opening only fails if the app's own container is unusable.
            fatalError("cannot open the Waymark profile")
        }
    }

    func setUp(pin: String, confirmation: String) { act { try await self.core.setUp(pin: pin, confirmation: confirmation) } }

    func unlock(pin: String) { act { try await self.core.unlock(pin: pin) } }

    func lock() {
        core.lock()
        error = nil
        refresh()
    }

    /// Locks at once; returns true when the app should get out of sight
    /// (no calculator disguise to fall back on).
    func quickExit() -> Bool {
        let target = core.quickExit()
        error = nil
        refresh()
        if case .leaveApp = target { return true }
        return false
    }

    func press(_ key: CalcKey) { act { _ = try await self.core.calculatorPress(key: key) } }

    var quickExitLabel: String? { try? core.safetyScreen().quickExitLabel }

    private func act(_ work: @escaping () async throws -> Void) {
        guard !busy else { return }
        busy = true
        Task {
            do {
                try await work()
                error = nil
            } catch let e as ApiError {
                error = e.reason
            } catch {
                self.error = nil
            }
            refresh()
            busy = false
        }
    }

    private func refresh() {
        if let next = try? core.screen() { screen = next }
    }
}

extension ApiError {
    /// The localized text the core put in every error variant.
    var reason: String {
        switch self {
        case .WrongPin(let reason): return reason
        case .InvalidInput(_, let reason): return reason
        case .WrongState(_, let reason): return reason
        case .Corrupted(let reason): return reason
        case .Storage(_, let reason): return reason
        case .TooManyAttempts(_, let reason): return reason
        case .Network(_, let reason): return reason
        case .Internal(let reason): return reason
        }
    }
}
