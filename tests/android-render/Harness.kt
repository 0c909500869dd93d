// What the render test (Render.kt) and the shell's JVM tests (ShellTest.kt)
// share: a file-backed platform secret whose key can be "lost" as Android's
// Keystore reports it, a real relay process, and failing loudly.
import app.waymark.core.ApiException
import app.waymark.core.PlatformSecret
import app.waymark.ui.PLATFORM_SECRET_LOST
import java.io.File
import java.security.SecureRandom

/** 32 bytes in a file; while [lost], it fails as KeystoreSecret does when its Keystore key is gone. A wipe makes a new one. */
class FileSecret(private val file: File) : PlatformSecret {
    @Volatile var lost = false
    override fun deviceSecret(): ByteArray {
        if (lost) throw ApiException.Storage(code = PLATFORM_SECRET_LOST, reason = "keystore")
        if (!file.exists()) file.writeBytes(ByteArray(32).also { SecureRandom().nextBytes(it) })
        return file.readBytes()
    }
    override fun destroyDeviceSecret() { lost = false; file.delete() }
    override fun deviceSecretExists(): Boolean = file.exists()
}

fun fail(why: String): Nothing = throw IllegalStateException(why)

/** `waymark-server serve` over a SQLite file; its one JSON line on stdout says it accepts connections. */
fun startRelay(root: File): Pair<Process, String> {
    val port = java.net.ServerSocket(0).use { it.localPort }
    val server = System.getProperty("waymark.server") ?: fail("-Dwaymark.server is not set")
    val p = ProcessBuilder(server, "serve", "--json", "--db", "sqlite:" + File(root, "relay.db").path, "--listen", "127.0.0.1:$port", "--quiet")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start()
    val line = p.inputStream.bufferedReader().readLine() ?: ""
    if (!line.contains("\"127.0.0.1:$port\"")) { p.destroy(); fail("relay did not start: $line") }
    return p to "http://127.0.0.1:$port"
}
