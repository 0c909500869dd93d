// Thin Jetpack Compose app over the Rust core. The core is built for each
// Android ABI with cargo-ndk and its Kotlin bindings are generated from the
// built library with the workspace's pinned uniffi-bindgen; neither output
// is committed.
import java.io.File

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("org.jetbrains.kotlin.plugin.compose")
}

val workspace: File = rootDir.parentFile
val rustOut = layout.buildDirectory.dir("rust/jniLibs")
val bindingsOut = layout.buildDirectory.dir("generated/uniffi")

// The quiet-contact relay that background sync talks to. Set it per
// deployment: `./gradlew assembleRelease -Pwaymark.relayUrl=https://relay.your-org.example`
// (or `waymark.relayUrl=` in gradle.properties). The default is a reserved
// name that never resolves: such a build queues messages but sends nothing.
val relayUrl: String = providers.gradleProperty("waymark.relayUrl")
    .getOrElse("https://relay.example.invalid")

android {
    namespace = "app.waymark.android"
    compileSdk = 35
    defaultConfig {
        applicationId = "app.waymark.android"
        minSdk = 24
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        buildConfigField("String", "WAYMARK_RELAY_URL", "\"$relayUrl\"")
        // Exactly the ABIs scripts/build-rust-android.sh (cargo-ndk) produces.
        ndk { abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64") }
    }
    // r28+: 16 KB-page-aligned native libraries by default (Android 15 devices with 16 KB pages).
    ndkVersion = "28.0.13004108"
    buildFeatures {
        compose = true
        buildConfig = true
    }
    sourceSets["main"].jniLibs.srcDir(rustOut)
    sourceSets["main"].java.srcDir(bindingsOut)
    // The platform-neutral Compose screens (android/ui), shared with the
    // desktop render test (tests/android-render.sh).
    sourceSets["main"].java.srcDir(workspace.resolve("android/ui/src/main/kotlin"))
    // The shell's logic without android.* (links, sync runs, lock glue),
    // run on the JVM by the same test.
    sourceSets["main"].java.srcDir(workspace.resolve("android/shell/src/main/kotlin"))
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
}

val buildRust by tasks.registering(Exec::class) {
    workingDir = workspace
    commandLine("sh", "android/build-rust.sh", rustOut.get().asFile.path)
}

val generateBindings by tasks.registering(Exec::class) {
    dependsOn(buildRust)
    workingDir = workspace
    commandLine(
        "cargo", "run", "-q", "-p", "uniffi-bindgen", "--", "generate", "--no-format",
        "--language", "kotlin", "--out-dir", bindingsOut.get().asFile.path,
        rustOut.get().file("arm64-v8a/libwaymark_ffi.so").asFile.path,
    )
}

tasks.named("preBuild") { dependsOn(generateBindings) }

dependencies {
    implementation("net.java.dev.jna:jna:5.17.0@aar")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.9.0")
    implementation("androidx.activity:activity-compose:1.9.3")
    implementation("androidx.lifecycle:lifecycle-viewmodel-compose:2.8.7")
    implementation("androidx.work:work-runtime-ktx:2.10.0")
    implementation(platform("androidx.compose:compose-bom:2024.12.01"))
    implementation("androidx.compose.material3:material3")
    implementation("androidx.compose.ui:ui")
}
