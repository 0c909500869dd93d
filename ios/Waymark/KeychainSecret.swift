import Foundation
import Security
import WaymarkCore

/// The core's platform secret: 32 random bytes in the Keychain, class
/// `kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly` (decision 32): readable
/// after the device has been unlocked once since it started (so background
/// sync works while it is locked), only on this device, never in backups or
/// iCloud. The core calls `destroyDeviceSecret` when it wipes the profile
/// (erase, wipe-after, duress), which deletes the item.
final class KeychainSecret: PlatformSecret, @unchecked Sendable {
    private let service = "app.waymark.platform-secret"
    private let lock = NSLock()

    func deviceSecret() throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        if let existing = try read() { return existing }
        var bytes = Data(count: 32)
        let status = bytes.withUnsafeMutableBytes { SecRandomCopyBytes(kSecRandomDefault, 32, $0.baseAddress!) }
        guard status == errSecSuccess else { throw failure() }
        let add: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
            kSecValueData as String: bytes,
        ]
        guard SecItemAdd(add as CFDictionary, nil) == errSecSuccess else { throw failure() }
        return bytes
    }

    func destroyDeviceSecret() throws {
        lock.lock()
        defer { lock.unlock() }
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw failure() }
    }

    func deviceSecretExists() throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return try read() != nil
    }

    private func read() throws -> Data? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        switch SecItemCopyMatching(query as CFDictionary, &item) {
        case errSecSuccess: return item as? Data
        case errSecItemNotFound: return nil
        default: throw failure()
        }
    }

    /// The core replaces this with its own localized message.
    private func failure() -> ApiError {
        ApiError.Storage(code: "platform_secret", reason: "keychain")
    }
}
