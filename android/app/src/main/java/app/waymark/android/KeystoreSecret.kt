package app.waymark.android

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.util.Base64
import app.waymark.core.ApiException
import app.waymark.core.PlatformSecret
import app.waymark.ui.PLATFORM_SECRET_LOST
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The core's platform secret: 32 random bytes created once, stored only
 * encrypted under a non-exportable AES key in the Android Keystore. A copy
 * of the app's files without this phone's Keystore cannot be unlocked by
 * guessing PINs.
 */
class KeystoreSecret(context: Context) : PlatformSecret {
    private val prefs = context.getSharedPreferences("waymark.keystore", Context.MODE_PRIVATE)

    override fun deviceSecret(): ByteArray = synchronized(this) {
        try {
            val stored = prefs.getString(KEY_BLOB, null)
            if (stored != null) decrypt(Base64.decode(stored, Base64.NO_WRAP)) else create()
        } catch (e: KeyLost) {
            // The wrapped secret is here but its Keystore key is gone (backup
            // restored to another phone, lock screen removed, OS reset): the
            // profile can never open. Say so instead of minting a new key;
            // the shell offers starting over or restoring an app backup.
            throw ApiException.Storage(code = PLATFORM_SECRET_LOST, reason = "keystore")
        } catch (e: Exception) {
            // The core replaces this with its own localized message.
            throw ApiException.Storage(code = "platform_secret", reason = "keystore")
        }
    }

    override fun destroyDeviceSecret() = synchronized(this) {
        try {
            prefs.edit().clear().commit()
            KeyStore.getInstance("AndroidKeyStore").apply { load(null) }.deleteEntry(ALIAS)
        } catch (e: Exception) {
            throw ApiException.Storage(code = "platform_secret", reason = "keystore")
        }
    }

    override fun deviceSecretExists(): Boolean = synchronized(this) {
        prefs.getString(KEY_BLOB, null) != null
    }

    private fun create(): ByteArray {
        val secret = ByteArray(32).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, keystoreKey())
        val blob = cipher.iv + cipher.doFinal(secret)
        // commit(), not apply(): the secret must be on disk before the core
        // wraps the data key with it.
        check(prefs.edit().putString(KEY_BLOB, Base64.encodeToString(blob, Base64.NO_WRAP)).commit())
        return secret
    }

    private fun decrypt(blob: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        val key = existingKey() ?: throw KeyLost()
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, blob, 0, IV_LEN))
        return cipher.doFinal(blob, IV_LEN, blob.size - IV_LEN)
    }

    private class KeyLost : Exception()

    private fun existingKey(): SecretKey? =
        KeyStore.getInstance("AndroidKeyStore").apply { load(null) }.getKey(ALIAS, null) as? SecretKey

    /** Only when creating the secret: a new key, in StrongBox when the phone has one (API 28+), else the TEE. */
    private fun keystoreKey(): SecretKey {
        existingKey()?.let { return it }
        fun generate(strongBox: Boolean): SecretKey {
            val spec = KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
            if (strongBox && android.os.Build.VERSION.SDK_INT >= 28) spec.setIsStrongBoxBacked(true)
            val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, "AndroidKeyStore")
            generator.init(spec.build())
            return generator.generateKey()
        }
        return try {
            generate(strongBox = true)
        } catch (e: android.security.keystore.StrongBoxUnavailableException) {
            generate(strongBox = false)
        }
    }

    private companion object {
        const val ALIAS = "waymark.platform-secret"
        const val KEY_BLOB = "secret"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_LEN = 12
    }
}
