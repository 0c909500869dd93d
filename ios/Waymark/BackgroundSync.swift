import BackgroundTasks
import Foundation
import WaymarkCore

/// Background sync, driver 2: the core plans each request
/// (`nextSyncTask`), this makes it with URLSession, and the core applies
/// the answer (`reportSyncResult`). Every rule (what is due, backoff,
/// server pauses read from the raw `Retry-After`, offline) lives in the
/// core; the loop ends when it plans nothing more. The core's calls are
/// async and run on its own threads (they touch the database). The relay is the Info.plist key `WaymarkRelayURL`.
enum BackgroundSync {
    /// Also listed under `BGTaskSchedulerPermittedIdentifiers` (project.yml).
    static let identifier = "app.waymark.sync"

    /// Registers the refresh handler; call at launch, before the app
    /// finishes launching.
    static func register() {
        _ = BGTaskScheduler.shared.register(forTaskWithIdentifier: identifier, using: nil) { task in
            guard let refresh = task as? BGAppRefreshTask else {
                task.setTaskCompleted(success: false)
                return
            }
            handle(refresh)
        }
    }

    /// Asks iOS for a background refresh; iOS decides when (it needs a
    /// network and weighs how the person uses the app).
    static func schedule() {
        let request = BGAppRefreshTaskRequest(identifier: identifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: 15 * 60)
        try? BGTaskScheduler.shared.submit(request)
    }

    /// Right after a message is queued: sync now while the app is open, and
    /// ask for a refresh in case it is closed first.
    @MainActor static func soon() {
        schedule()
        Task { await run() }
    }

    @MainActor private static var running = false

    /// One loop at a time; a run already going picks up new messages too.
    @MainActor static func run() async {
        guard !running else { return }
        running = true
        defer { running = false }
        await drive(core: SharedCore.core, relay: relayURL)
    }

    private static func handle(_ task: BGAppRefreshTask) {
        schedule()
        let work = Task { await run() }
        // Out of time: cancelling makes the request in hand report
        // `.cancelled`, and the core puts it back for the next run.
        task.expirationHandler = { work.cancel() }
        Task {
            await work.value
            task.setTaskCompleted(success: !work.isCancelled)
        }
    }

    static var relayURL: String {
        let url = Bundle.main.object(forInfoDictionaryKey: "WaymarkRelayURL") as? String
        return (url ?? "https://relay.example.invalid").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    private static let session: URLSession = {
        let config = URLSessionConfiguration.ephemeral
        config.httpCookieStorage = nil
        config.urlCache = nil
        config.timeoutIntervalForRequest = 30
        return URLSession(configuration: config, delegate: NoRedirects(), delegateQueue: nil)
    }()

    /// Runs off the main actor: the core's calls touch the database.
    private static func drive(core: Waymark, relay: String) async {
        do {
            while let task = try await core.nextSyncTask() {
                let outcome: SyncOutcome
                if Task.isCancelled {
                    outcome = .cancelled
                } else {
                    outcome = await execute(task, relay: relay)
                }
                try await core.reportSyncResult(taskId: task.id, outcome: outcome)
                if case .cancelled = outcome { return }
            }
            // Ends the run's report; what still waits goes in the next run.
            _ = try await core.syncReport()
        } catch {
            // The profile's storage or key failed (the Keychain item is
            // unreadable while the phone is locked); the next run tries again.
        }
    }

    /// One request as the core planned it.
    private static func execute(_ task: SyncTask, relay: String) async -> SyncOutcome {
        guard let url = URL(string: relay + task.path) else { return .networkError }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 30)
        request.httpMethod = task.method
        if let bearer = task.bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
        if let type = task.contentType { request.setValue(type, forHTTPHeaderField: "Content-Type") }
        if !task.body.isEmpty { request.httpBody = task.body }
        do {
            // Never more than the endpoint allows: a hostile relay must not
            // exhaust the phone's memory.
            let limit = Int(clamping: task.maxResponseBytes)
            let (stream, response) = try await session.bytes(for: request)
            guard let http = response as? HTTPURLResponse else { return .networkError }
            if http.expectedContentLength > Int64(limit) {
                stream.task.cancel()
                return .tooLarge
            }
            var body = Data()
            for try await byte in stream {
                if body.count >= limit {
                    stream.task.cancel()
                    return .tooLarge
                }
                body.append(byte)
            }
            return .response(
                status: UInt16(clamping: http.statusCode),
                // As it came: the core reads seconds or an HTTP date.
                retryAfter: http.value(forHTTPHeaderField: "Retry-After"),
                body: body,
                packVersion: number(http.value(forHTTPHeaderField: "x-waymark-pack-version"))
            )
        } catch is CancellationError {
            return .cancelled
        } catch let error as URLError where error.code == .cancelled {
            return .cancelled
        } catch {
            return .networkError
        }
    }

    /// A version number header.
    private static func number(_ header: String?) -> UInt64? {
        header.flatMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
    }
}

/// Refuses HTTP redirects: a relay never redirects, and following one could
/// hand a mailbox capability or backup token to another host.
private final class NoRedirects: NSObject, URLSessionTaskDelegate {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
