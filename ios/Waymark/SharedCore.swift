import Foundation

/// The one core per process, shared by the UI (`AppModel`) and background
/// sync (`BackgroundSync`): one data directory, one database writer, one
/// sync engine. iOS may launch the app in the background for a refresh,
/// before any view exists.
enum SharedCore {
    static let core: Waymark = {
        let dir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("waymark")
        do {
            return try Waymark.withPlatform(
                dataDir: dir.path,
                deviceLocales: Locale.preferredLanguages,
                platformSecret: KeychainSecret(),
                clock: nil,
                connectivity: PathConnectivity()
            )
        } catch {
            // Opening only fails if the app's own container is unusable.
            fatalError("cannot open the Waymark profile")
        }
    }()
}
