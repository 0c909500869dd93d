import Foundation
import WaymarkCore

/// The one core per process, shared by the UI (`AppModel`) and background
/// sync (`BackgroundSync`): one data directory, one database writer, one
/// sync engine. iOS may launch the app in the background for a refresh,
/// before any view exists.
enum SharedCore {
    static let core: Waymark = {
        // The app's own Application Support directory always exists in
        // its container, so the first URL is there.
        var dir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("waymark", isDirectory: true)
        do {
            // File protection: completeUntilFirstUserAuthentication, the same
            // class as the Keychain item (AfterFirstUnlockThisDeviceOnly,
            // KeychainSecret): background sync must open the database while
            // the device is locked, and the database is sealed by the core
            // in any case. New files in the directory inherit the class.
            try FileManager.default.createDirectory(
                at: dir, withIntermediateDirectories: true,
                attributes: [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication]
            )
            try FileManager.default.setAttributes(
                [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication], ofItemAtPath: dir.path
            )
            // Never in iCloud or iTunes/Finder backups: the profile is bound
            // to this device's Keychain secret (a restored copy could not
            // open anyway) and leaves the device only as the core's backup.
            var values = URLResourceValues()
            values.isExcludedFromBackup = true
            try dir.setResourceValues(values)
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
