import SwiftUI
import WaymarkCore

/// Quiet contact: hotlines to write to, conversations so far, and what
/// waits to be sent. Drawn inside `ContentView2`'s scroll view.
struct QuietView: View {
    let core: Waymark
    @Environment(\.scenePhase) private var phase
    @State private var screen: ConversationsScreen?
    @State private var opened: Int64?
    @State private var error: String?

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            if let s = screen {
                Text(s.title).font(.title2)
                Text(s.intro)
                Text(s.hotlinesTitle).font(.headline)
                ForEach(s.hotlines, id: \.id) { h in
                    Button { write(h.id) } label: {
                        VStack(alignment: .leading) { Text(h.name); Text(h.about).font(.footnote) }
                    }
                }
                if let error { Text(error).foregroundColor(.red) }
                Text(s.conversationsTitle).font(.headline)
                if s.conversations.isEmpty { Text(s.empty) }
                ForEach(s.conversations, id: \.id) { c in
                    NavigationLink(destination: ConversationView(id: c.id, core: core)) {
                        VStack(alignment: .leading) {
                            Text(c.hotlineName)
                            Text(c.lastMessage).lineLimit(2)
                            if !c.statusLabel.isEmpty { Text(c.statusLabel).font(.footnote) }
                        }
                    }
                }
                if !s.outboxNote.isEmpty { Text(s.outboxNote).font(.footnote) }
            }
        }
        .navigationDestination(isPresented: Binding(get: { opened != nil }, set: { if !$0 { opened = nil } })) {
            if let id = opened { ConversationView(id: id, core: core) }
        }
        .task(id: phase) {
            // Nothing stays on screen once the app leaves the foreground.
            guard phase == .active else { screen = nil; return }
            // Drawn again when the core says something changed (a status,
            // a reply, a sync), not on a timer; leaving cancels the stream.
            screen = try? await core.conversationsScreen()
            for await _ in core.changes() {
                screen = try? await core.conversationsScreen()
            }
        }
    }

    /// Opens the conversation with a hotline (the newest, or a new one).
    private func write(_ hotlineId: String) {
        Task { @MainActor in
            do {
                opened = try await core.conversationWith(hotlineId: hotlineId)
                error = nil
            } catch let e as ApiError {
                error = e.reason
            } catch {}
        }
    }
}

/// One conversation: messages with their status, and a field to write the
/// next one.
struct ConversationView: View {
    let id: Int64
    let core: Waymark
    @Environment(\.scenePhase) private var phase
    @State private var screen: ConversationScreen?
    @State private var draft = ""
    @State private var error: String?
    @State private var busy = false

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            if let s = screen {
                ScrollView {
                    VStack(alignment: .leading, spacing: 10) {
                        Text(s.title).font(.title2)
                        if let note = s.developmentNote { Text(note).foregroundColor(.red) }
                        ForEach(s.messages, id: \.id) { m in
                            VStack(alignment: m.outgoing ? .trailing : .leading) {
                                Text(m.body)
                                if m.canRetry {
                                    // The status label says what went wrong and what to do.
                                    Button(m.statusLabel) { retry(m.id) }.disabled(busy)
                                } else if m.outgoing && !m.statusLabel.isEmpty {
                                    Text(m.statusLabel).font(.footnote).foregroundColor(.secondary)
                                }
                            }
                            .frame(maxWidth: .infinity, alignment: m.outgoing ? .trailing : .leading)
                        }
                    }
                }
                Text(s.privacyNote).font(.footnote)
                if let error { Text(error).foregroundColor(.red) }
                TextField(s.composeHint, text: $draft, axis: .vertical)
                    .textFieldStyle(.roundedBorder)
                Button(s.sendLabel) { send() }
                    .disabled(busy || draft.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            }
        }
        .padding(16)
        .task(id: phase) {
            // Nothing stays on screen once the app leaves the foreground.
            guard phase == .active else { screen = nil; return }
            screen = try? await core.conversationScreen(id: id)
            for await change in core.changes() where change.concerns(id) {
                screen = try? await core.conversationScreen(id: id)
            }
        }
    }

    /// Seals and queues the message, then syncs as soon as it can.
    private func send() {
        let body = draft
        act {
            _ = try await core.sendMessage(conversationId: id, body: body)
            draft = ""
        }
    }

    private func retry(_ messageId: Int64) {
        act { try await core.retryMessage(messageId: messageId) }
    }

    private func act(_ work: @escaping @MainActor () async throws -> Void) {
        guard !busy else { return }
        busy = true
        Task { @MainActor in
            do {
                try await work()
                error = nil
                BackgroundSync.soon()
            } catch let e as ApiError {
                error = e.reason
            } catch {}
            screen = try? await core.conversationScreen(id: id)
            busy = false
        }
    }
}
