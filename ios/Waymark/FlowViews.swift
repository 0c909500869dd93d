import SwiftUI
import UIKit
import WaymarkCore

/// The profile, safety, SOS, contacts, backup and settings flows. Each view
/// draws one core screen model or form; every label comes from it. Calls
/// that touch storage are async and run in `.task` / `Task`, never in
/// `body`; a failure shows the core's localized message.

/// Runs one core action off the view body; a thrown `ApiError` becomes its
/// localized text in `failure`.
@MainActor
func attempt(_ failure: Binding<String?>, _ work: @escaping @MainActor () async throws -> Void) {
    Task { @MainActor in
        do {
            try await work()
            failure.wrappedValue = nil
        } catch let e as ApiError {
            failure.wrappedValue = e.reason
        } catch {
            // Not from the core: nothing localized to show.
            failure.wrappedValue = nil
        }
    }
}

struct FailureText: View {
    let failure: String?
    var body: some View {
        if let failure { Text(failure).foregroundColor(.red) }
    }
}

/// Safety: disguise (through the app's alternate icons), wipe-after, change
/// PIN, duress PIN, erase everything.
struct SafetyView: View {
    let core: Waymark
    @EnvironmentObject var model: AppModel
    @State private var safety: SafetyScreen?
    @State private var confirmWipe = false
    @State private var failure: String?

    /// The primary icon set (project.yml ASSETCATALOG_COMPILER_APPICON_NAME);
    /// iOS names it `nil` in setAlternateIconName.
    private let primaryIcon = "waymark"

    var body: some View {
        List {
            if let screen = safety {
                SwiftUI.Section(screen.policyTitle) {
                    Text(screen.policyDelays)
                    Text(screen.failuresLabel).font(.footnote)
                }
                SwiftUI.Section(screen.disguiseTitle) {
                    Text(screen.disguiseExplain).font(.footnote)
                    ForEach(screen.disguises, id: \.icon) { option in
                        Button("\(option.mark) \(option.name)") { choose(option.disguise) }
                    }
                }
                SwiftUI.Section {
                    NavigationLink(screen.wipeAfterLabel) { WipeAfterView(core: core) }
                    NavigationLink(screen.changePinLabel) { ChangePinView(core: core) }
                    if let duress = screen.duress {
                        NavigationLink(duress.title) { DuressView(core: core) }
                    }
                    NavigationLink(screen.tracesLabel) { ContentView2(route: "traces", core: core) }
                }
                SwiftUI.Section(screen.wipeTitle) {
                    Text(screen.wipeExplain).font(.footnote)
                    Button(screen.wipeConfirmLabel, role: .destructive) { confirmWipe = true }
                        .confirmationDialog(screen.wipeTitle, isPresented: $confirmWipe) {
                            Button(screen.wipeConfirmLabel, role: .destructive) { wipe() }
                        } message: {
                            Text(screen.wipeExplain)
                        }
                }
            }
            FailureText(failure: failure)
        }
        .task { attempt($failure) { safety = try await core.safetyScreen() } }
    }

    private func choose(_ disguise: Disguise) {
        attempt($failure) {
            try await core.setDisguise(disguise: disguise)
            let info = try await core.disguise()
            let name: String? = info.icon == primaryIcon ? nil : info.icon
            if UIApplication.shared.supportsAlternateIcons {
                try await UIApplication.shared.setAlternateIconName(name)
            }
            safety = try await core.safetyScreen()
        }
    }

    private func wipe() {
        // The core erases the profile and calls KeychainSecret's
        // destroyDeviceSecret, which deletes the Keychain item.
        attempt($failure) {
            try await core.wipe()
            if UIApplication.shared.supportsAlternateIcons {
                try await UIApplication.shared.setAlternateIconName(nil)
            }
            model.wiped()
        }
    }
}

struct WipeAfterView: View {
    let core: Waymark
    @Environment(\.dismiss) private var dismiss
    @State private var wipeForm: WipeAfterForm?
    @State private var failure: String?

    var body: some View {
        List {
            if let form = wipeForm {
                Text(form.explain)
                Text(form.currentLabel).font(.footnote)
                ForEach(form.choices, id: \.label) { choice in
                    Button("\(choice.mark) \(choice.label)") {
                        attempt($failure) {
                            try await core.setWipeAfter(count: choice.count)
                            wipeForm = try await core.wipeAfterForm()
                        }
                    }
                }
                Text(form.hint).font(.footnote)
                Button(form.cancelLabel) { dismiss() }
            }
            FailureText(failure: failure)
        }
        .navigationTitle(wipeForm?.title ?? "")
        .task { attempt($failure) { wipeForm = try await core.wipeAfterForm() } }
    }
}

struct ChangePinView: View {
    let core: Waymark
    @Environment(\.dismiss) private var dismiss
    @State private var current = ""
    @State private var newPin = ""
    @State private var confirmation = ""
    @State private var done = false
    @State private var failure: String?

    var body: some View {
        let form = core.changePinForm()
        Form {
            SecureField(form.currentLabel, text: $current).keyboardType(.numberPad)
            SecureField(form.newLabel, text: $newPin).keyboardType(.numberPad)
            SecureField(form.confirmLabel, text: $confirmation).keyboardType(.numberPad)
            Text(form.hint).font(.footnote)
            FailureText(failure: failure)
            if done { Text(form.doneLabel) }
            Button(form.submitLabel) {
                attempt($failure) {
                    try await core.changePin(current: current, newPin: newPin, confirmation: confirmation)
                    current = ""
                    newPin = ""
                    confirmation = ""
                    done = true
                }
            }
            Button(form.cancelLabel) { dismiss() }
        }
        .navigationTitle(form.title)
    }
}

struct DuressView: View {
    let core: Waymark
    @Environment(\.dismiss) private var dismiss
    @State private var duress: DuressForm?
    @State private var pin = ""
    @State private var duressPin = ""
    @State private var confirmation = ""
    @State private var wipeOnUse = false
    @State private var doneText: String?
    @State private var failure: String?

    var body: some View {
        Form {
            if let form = duress {
                Text(form.explain)
                Text(form.stateLabel).font(.footnote)
                SecureField(form.pinLabel, text: $pin).keyboardType(.numberPad)
                SecureField(form.duressPinLabel, text: $duressPin).keyboardType(.numberPad)
                SecureField(form.confirmLabel, text: $confirmation).keyboardType(.numberPad)
                Text(form.hint).font(.footnote)
                Button("\(wipeOnUse ? form.wipeOnMark : form.wipeOffMark) \(form.wipeLabel)") { wipeOnUse.toggle() }
                Text(wipeOnUse ? form.wipeOnLabel : form.wipeOffLabel).font(.footnote)
                Text(form.wipeExplain).font(.footnote)
                FailureText(failure: failure)
                if let doneText { Text(doneText) }
                Button(form.setLabel) {
                    let input = DuressInput(pin: pin, duressPin: duressPin, confirmation: confirmation, wipeOnUse: wipeOnUse)
                    attempt($failure) {
                        try await core.setDuress(input: input)
                        clear()
                        doneText = form.setDoneLabel
                        duress = try core.duressForm()
                    }
                }
                if let remove = form.removeLabel {
                    Button(remove, role: .destructive) {
                        attempt($failure) {
                            try await core.removeDuressPin(pin: pin)
                            clear()
                            doneText = form.removedLabel
                            duress = try core.duressForm()
                        }
                    }
                }
                Button(form.cancelLabel) { dismiss() }
            }
        }
        .navigationTitle(duress?.title ?? "")
        .task {
            attempt($failure) {
                duress = try core.duressForm()
                wipeOnUse = duress?.wipeOnUse ?? false
            }
        }
    }

    private func clear() {
        pin = ""
        duressPin = ""
        confirmation = ""
    }
}

struct ContactsView: View {
    let core: Waymark
    @State private var contacts: ContactsScreen?
    @State private var failure: String?

    var body: some View {
        List {
            if let screen = contacts {
                if let empty = screen.emptyText { Text(empty) }
                ForEach(screen.contacts, id: \.id) { contact in
                    NavigationLink {
                        ContactFormView(core: core, contactId: contact.id)
                    } label: {
                        VStack(alignment: .leading) {
                            Text(contact.name)
                            if contact.trusted { Text(screen.trustedLabel).font(.footnote) }
                        }
                    }
                }
                NavigationLink(screen.addLabel) { ContactFormView(core: core, contactId: nil) }
            }
            FailureText(failure: failure)
        }
        .navigationTitle(contacts?.title ?? "")
        .task { attempt($failure) { contacts = try await core.contactsScreen() } }
    }
}

struct ContactFormView: View {
    let core: Waymark
    let contactId: Int64?
    @Environment(\.dismiss) private var dismiss
    @State private var contactForm: ContactForm?
    @State private var name = ""
    @State private var phone = ""
    @State private var relation = ""
    @State private var note = ""
    @State private var channel: Channel?
    @State private var trusted = false
    @State private var failure: String?

    var body: some View {
        Form {
            if let form = contactForm {
                TextField(form.nameLabel, text: $name)
                TextField(form.phoneLabel, text: $phone).keyboardType(.phonePad)
                Text(form.phoneHint).font(.footnote)
                TextField(form.relationLabel, text: $relation)
                TextField(form.noteLabel, text: $note)
                Text(form.channelLabel).font(.headline)
                ForEach(form.channels, id: \.label) { choice in
                    Button(choice.label) { channel = choice.channel }
                        .fontWeight(channel == choice.channel ? .bold : .regular)
                }
                Toggle(form.trustedLabel, isOn: $trusted)
                FailureText(failure: failure)
                Button(form.saveLabel) { save(form) }
                if let remove = form.removeLabel, let id = form.id {
                    Button(remove, role: .destructive) {
                        attempt($failure) {
                            try await core.removeContact(id: id)
                            dismiss()
                        }
                    }
                }
                Button(form.cancelLabel) { dismiss() }
            }
        }
        .navigationTitle(contactForm?.title ?? "")
        .task {
            attempt($failure) {
                let form = try await core.contactForm(id: contactId)
                contactForm = form
                name = form.values.name
                phone = form.values.phone
                relation = form.values.relation ?? ""
                note = form.values.note ?? ""
                channel = form.values.channel
                trusted = form.values.trusted
            }
        }
    }

    private func save(_ form: ContactForm) {
        // Empty optional fields go to the core as absent; it validates.
        let input = ContactInput(
            name: name, phone: phone, relation: relation.isEmpty ? nil : relation,
            note: note.isEmpty ? nil : note, channel: channel ?? form.values.channel, trusted: trusted
        )
        attempt($failure) {
            if let id = form.id {
                _ = try await core.updateContact(id: id, contact: input)
            } else {
                _ = try await core.addContact(contact: input)
            }
            dismiss()
        }
    }
}

/// SOS: review what would be sent, then confirm or cancel; practice; history.
struct SosView: View {
    let core: Waymark
    @State private var plan: SosPlan?
    @State private var failure: String?

    var body: some View {
        let screen = core.sosScreen()
        List {
            Text(screen.explain)
            Text(screen.warning).foregroundColor(.red)
            if let current = plan {
                SwiftUI.Section(current.title) {
                    Text(current.warning).foregroundColor(.red)
                    Text(current.summary)
                    if let notice = current.practiceNotice { Text(notice).font(.footnote) }
                    ForEach(current.messages, id: \.recipient) { message in
                        VStack(alignment: .leading) {
                            Text("\(message.toLabel) \(message.contactName)").font(.headline)
                            Text(message.body).font(.footnote)
                        }
                    }
                    if let confirm = current.confirmLabel {
                        Button(confirm, role: .destructive) { attempt($failure) { plan = try await core.sosConfirm() } }
                    }
                    if let cancel = current.cancelLabel {
                        Button(cancel) {
                            core.sosCancel()
                            plan = nil
                        }
                    }
                }
            } else {
                Button(screen.sendLabel, role: .destructive) { attempt($failure) { plan = try await core.sosReview(location: nil) } }
                Button(screen.practiceLabel) { attempt($failure) { plan = try await core.sosPractice(location: nil) } }
            }
            NavigationLink(screen.historyLabel) { SosHistoryView(core: core) }
            FailureText(failure: failure)
        }
        .navigationTitle(screen.title)
    }
}

struct SosHistoryView: View {
    let core: Waymark
    @State private var history: SosHistoryScreen?
    @State private var failure: String?

    var body: some View {
        List {
            if let screen = history {
                if let empty = screen.emptyText { Text(empty) }
                ForEach(screen.entries, id: \.at) { entry in
                    VStack(alignment: .leading) {
                        Text("\(screen.bullet) \(entry.text)")
                        if let place = entry.locationLabel { Text(place).font(.footnote) }
                    }
                }
            }
            FailureText(failure: failure)
        }
        .navigationTitle(history?.title ?? "")
        .task { attempt($failure) { history = try await core.sosHistoryScreen() } }
    }
}

struct SettingsFormView: View {
    let core: Waymark
    @Environment(\.dismiss) private var dismiss
    @State private var settingsForm: SettingsForm?
    @State private var language = ""
    @State private var displayName = ""
    @State private var country: String?
    @State private var savedText: String?
    @State private var failure: String?

    var body: some View {
        Form {
            if let form = settingsForm {
                Picker(form.languageLabel, selection: $language) {
                    ForEach(form.languages, id: \.id) { Text($0.label).tag($0.id) }
                }
                TextField(form.displayNameLabel, text: $displayName)
                Text(form.displayNameHint).font(.footnote)
                Picker(form.countryLabel, selection: $country) {
                    Text(form.countryNoneLabel).tag(String?.none)
                    ForEach(form.countries, id: \.id) { Text($0.label).tag(String?.some($0.id)) }
                }
                FailureText(failure: failure)
                if let savedText { Text(savedText) }
                Button(form.saveLabel) {
                    let wanted = WaymarkCore.Settings(locale: language, displayName: displayName, country: country)
                    attempt($failure) {
                        _ = try await core.updateSettings(settings: wanted)
                        savedText = form.savedLabel
                        load(try core.settingsForm())
                    }
                }
                Button(form.cancelLabel) { dismiss() }
            }
        }
        .navigationTitle(settingsForm?.title ?? "")
        .task { attempt($failure) { load(try core.settingsForm()) } }
    }

    private func load(_ form: SettingsForm) {
        settingsForm = form
        language = form.language
        displayName = form.displayName
        country = form.country
    }
}

/// Backup to the relay and restore from it, with the core's working labels
/// while a transfer runs and its summary afterwards.
struct BackupView: View {
    let core: Waymark
    @State private var code = ""
    @State private var working: String?
    @State private var shownCode: String?
    @State private var summary: String?
    @State private var failure: String?

    var body: some View {
        Form {
            if let screen = try? core.backupScreen() {
                Text(screen.intro)
                if let working {
                    HStack { ProgressView(); Text(working) }
                    // The core stops the transfer in hand; the call then
                    // throws its own localized error.
                    Button(screen.stopLabel) { core.cancelNetwork() }
                } else {
                    Button(screen.backupLabel) { backUp(screen, newCode: !screen.hasCode) }
                    if screen.hasCode {
                        Button(screen.newCodeLabel) { backUp(screen, newCode: true) }
                        Text(screen.newCodeExplain).font(.footnote)
                    }
                }
                if let shownCode {
                    SwiftUI.Section(screen.codeTitle) {
                        Text(shownCode).font(.system(.title3, design: .monospaced)).textSelection(.enabled)
                        Text(screen.codeOnce).font(.footnote)
                    }
                }
                SwiftUI.Section(screen.restoreTitle) {
                    Text(screen.restoreIntro).font(.footnote)
                    SecureField(screen.codeTitle, text: $code)
                    Button(screen.restoreTitle) { restore(screen) }.disabled(working != nil)
                }
                if let summary { Text(summary) }
                FailureText(failure: failure)
            }
        }
        .navigationTitle((try? core.backupScreen())?.title ?? "")
    }

    private func backUp(_ screen: BackupScreen, newCode: Bool) {
        working = screen.backupWorkingLabel
        summary = nil
        attempt($failure) {
            defer { working = nil }
            let result = try await core.backupToRelay(relayUrl: BackgroundSync.relayURL, newCode: newCode)
            // Shown once; the core never shows it again.
            shownCode = result.recoveryCode
            summary = screen.doneLabel
        }
    }

    private func restore(_ screen: BackupScreen) {
        working = screen.restoreWorkingLabel
        summary = nil
        let entered = code
        code = ""
        attempt($failure) {
            defer { working = nil }
            let report = try await core.restoreFromRelay(relayUrl: BackgroundSync.relayURL, recoveryCode: entered)
            summary = core.restoreSummary(report: report)
        }
    }
}

/// The red-flag check: one answer per question, then the core's result.
struct RedFlagsView: View {
    let core: Waymark
    @State private var answers: [String: Answer] = [:]
    @State private var result: RedFlagResult?
    @State private var failure: String?

    var body: some View {
        let screen = core.redflagsScreen()
        List {
            Text(screen.intro)
            ForEach(screen.questions, id: \.id) { question in
                VStack(alignment: .leading) {
                    Text("\(answers[question.id] == nil ? screen.unansweredMark : "") \(question.text)")
                    HStack {
                        Button(screen.yesLabel) { answer(question.id, .yes) }
                        Button(screen.noLabel) { answer(question.id, .no) }
                        Button(screen.unsureLabel) { answer(question.id, .unsure) }
                    }
                    .buttonStyle(.bordered)
                }
            }
            if let outcome = result {
                SwiftUI.Section(outcome.title) {
                    Text(outcome.headline).font(.headline)
                    Text(outcome.level).font(.footnote)
                    Text(outcome.nextSteps)
                    Text(outcome.foundLabel).font(.headline)
                    ForEach(outcome.reasons, id: \.questionId) { Text("\(outcome.bullet) \($0.line)") }
                    if let findOut = outcome.findOutLabel { Text(findOut).font(.headline) }
                    ForEach(outcome.toFindOut, id: \.questionId) { Text("\(outcome.bullet) \($0.text)") }
                    Text(outcome.hotlinesLabel).font(.headline)
                    if let none = outcome.hotlinesEmpty { Text(none) }
                    ForEach(outcome.hotlines, id: \.id) { entry in
                        Text(entry.heading)
                        ForEach(entry.actions, id: \.uri) { action in
                            if let url = URL(string: action.uri) { Link(action.line, destination: url) }
                        }
                    }
                }
            }
            FailureText(failure: failure)
        }
        .navigationTitle(screen.title)
    }

    /// Every answer goes to the core at once; it decides the result.
    private func answer(_ id: String, _ value: Answer) {
        answers[id] = value
        let given = answers.map { RedFlagAnswer(questionId: $0.key, answer: $0.value) }
        attempt($failure) { result = try core.checkJobOffer(answers: given, destination: nil) }
    }
}
