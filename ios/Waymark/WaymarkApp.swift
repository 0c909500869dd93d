import SwiftUI

@main
struct WaymarkApp: App {
    @StateObject private var model = AppModel()
    @Environment(\.scenePhase) private var phase

    var body: some Scene {
        WindowGroup {
            ContentView(model: model)
                .onChange(of: phase) { newPhase in
                    // Leaving the app locks it; the app switcher never shows
                    // the person's data.
                    if newPhase != .active { model.lock() }
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
                Button(s.lockLabel) { model.lock() }
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
