import Foundation
import SwiftUI
import WaymarkCore

/// Holds the one core object and the screen it says to draw. No rules live
/// here: every action goes to the core, and the next screen comes back.
@MainActor
final class AppModel: ObservableObject {
    /// `nil` until the core has answered (its calls that touch the
    /// database are async and run on the library's own threads).
    @Published private(set) var screen: Screen?
    /// The localized quick-exit label (from the safety screen model).
    @Published private(set) var quickExitLabel: String?
    @Published private(set) var error: String?
    @Published private(set) var busy = false
    /// Changes on every lock: the app gives it to the NavigationStack as
    /// its identity, so locking drops every pushed screen and nothing
    /// sealed stays in the view tree or in the app-switcher snapshot.
    @Published private(set) var session = 0
    /// Quick exit without a disguise: the whole window is drawn blank until
    /// the app is next opened (iOS lets no app send itself home).
    @Published private(set) var blanked = false
    /// Shared with background sync: one core per process (`SharedCore`).
    let core: Waymark

    init() {
        core = SharedCore.core
        refresh()
    }

    func setUp(pin: String, confirmation: String) { act { try await self.core.setUp(pin: pin, confirmation: confirmation) } }

    func unlock(pin: String) { act { try await self.core.unlock(pin: pin) } }

    func lock() {
        core.lock()
        session += 1
        error = nil
        refresh()
    }

    /// Locks at once; returns true when the app should get out of sight
    /// (no calculator disguise to fall back on).
    func quickExit() -> Bool {
        let target = core.quickExit()
        session += 1
        error = nil
        refresh()
        if case .leaveApp = target {
            blanked = true
            return true
        }
        return false
    }

    /// The quick-exit button is drawn while the core shows the unlocked
    /// profile (home and everything pushed from it).
    var showsQuickExit: Bool {
        if case .home = screen { return true }
        return false
    }

    /// The core erased the profile: drop every screen and draw what it says
    /// now (setup).
    func wiped() {
        session += 1
        error = nil
        refresh()
    }

    /// The app is in front again after a quick exit: draw the (locked) screen.
    func unblank() { blanked = false }

    func press(_ key: CalcKey) { act { _ = try await self.core.calculatorPress(key: key) } }

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
        Task {
            if let next = try? await core.screen() { screen = next }
            quickExitLabel = try? await core.safetyScreen().quickExitLabel
        }
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
