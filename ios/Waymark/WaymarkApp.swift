import SwiftUI
import WaymarkCore

@main
struct WaymarkApp: App {
    @StateObject private var model = AppModel()
    @Environment(\.scenePhase) private var phase

    init() {
        // Background refresh handlers must be registered before launch ends.
        BackgroundSync.register()
    }

    var body: some Scene {
        WindowGroup {
            NavigationStack { ContentView(model: model) }
                .environmentObject(model)
                // A new identity on every lock: every pushed screen is gone.
                .id(model.session)
                // Quick exit on every screen past the lock, pushed ones too.
                .overlay(alignment: .topTrailing) {
                    if model.showsQuickExit, let label = model.quickExitLabel {
                        Button(label) {
                            // Without a disguise, a blank window (iOS lets no
                            // app send itself to the home screen).
                            _ = model.quickExit()
                        }
                        .buttonStyle(.borderedProminent)
                        .padding(8)
                    }
                }
                .overlay {
                    // Quick exit: a blank window, nothing of the app.
                    if model.blanked { Color(.systemBackground).ignoresSafeArea() }
                }
                .onChange(of: phase) { newPhase in
                    // Leaving the app (also `.inactive`: the app switcher,
                    // Control Centre) locks it and drops the navigation
                    // stack before iOS takes the snapshot.
                    if newPhase != .active { model.lock() }
                    if newPhase == .active { model.unblank() }
                    // Queued messages go out later even if the app is closed.
                    if newPhase == .background { BackgroundSync.schedule() }
                }
        }
    }
}

/// Draws whatever screen model the core returns; nothing else.
struct ContentView: View {
    @ObservedObject var model: AppModel
    @State private var pin = ""
    @State private var confirmation = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            switch model.screen {
            case .setup(let s):
                Text(s.title).font(.title2)
                Text(s.intro)
                SecureField(s.pinLabel, text: $pin).keyboardType(.numberPad)
                SecureField(s.confirmLabel, text: $confirmation).keyboardType(.numberPad)
                Text(s.warning).font(.footnote)
                errorText
                Button(s.submitLabel) { model.setUp(pin: pin, confirmation: confirmation); pin = ""; confirmation = "" }
                    .disabled(model.busy)
                notice(s.translationNotice)
            case .unlock(let s):
                Text(s.title).font(.title2)
                Text(s.prompt)
                SecureField(s.pinLabel, text: $pin).keyboardType(.numberPad)
                errorText
                Button(s.submitLabel) { model.unlock(pin: pin); pin = "" }.disabled(model.busy)
                notice(s.translationNotice)
            case .home(let s):
                Text(s.title).font(.title2)
                Text(s.greeting)
                Text(s.language).font(.footnote)
                notice(s.translationNotice)
                ForEach(s.menu, id: \.destination) { item in
                    NavigationLink(item.label, destination: ContentView2(route: "\(item.destination)", core: model.core))
                }
                Button(s.lockLabel) { model.lock() }
            case .calculator(let s):
                CalculatorView(screen: s) { model.press($0) }
            case nil:
                // Until the core has answered: nothing of the profile.
                EmptyView()
            }
        }
        .padding(24)
    }

    @ViewBuilder private var errorText: some View {
        if let e = model.error { Text(e).foregroundColor(.red) }
    }

    @ViewBuilder private func notice(_ text: String?) -> some View {
        if let text { Text(text).font(.footnote).foregroundColor(.secondary) }
    }
}

/// The calculator disguise: a working calculator; the PIN then "=" opens the app.
struct CalculatorView: View {
    let screen: CalculatorScreen
    let press: (CalcKey) -> Void
    private let rows: [[String]] = [["7", "8", "9", "÷"], ["4", "5", "6", "×"], ["1", "2", "3", "−"], ["C", "0", ".", "+"], ["⌫", "="]]

    var body: some View {
        VStack(alignment: .trailing, spacing: 8) {
            Text(screen.expression).font(.body)
            Text(screen.display).font(.largeTitle)
            ForEach(rows, id: \.self) { row in
                HStack {
                    ForEach(row, id: \.self) { label in
                        Button(label) { press(key(label)) }.frame(maxWidth: .infinity)
                    }
                }
            }
        }
    }

    private func key(_ label: String) -> CalcKey {
        switch label {
        case "÷": return .divide
        case "×": return .multiply
        case "−": return .subtract
        case "+": return .add
        case ".": return .point
        case "C": return .clear
        case "⌫": return .backspace
        case "=": return .equals
        default: return .digit(value: UInt8(label) ?? 0)
        }
    }
}
