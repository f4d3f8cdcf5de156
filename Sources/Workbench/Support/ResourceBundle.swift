import Foundation

/// Finds the Workbench resource bundle (the gazetteer, the lexicons) without SwiftPM's
/// generated `Bundle.module`, which stops the process when the bundle is missing — as it is
/// when someone copies the `wb` binary alone. Here a missing bundle is an error a command
/// can report.
enum ResourceBundle {
    static let name = "wb_Workbench.resources"

    /// Where to look, in order: `$WB_RESOURCES`, beside the executable (following a
    /// symlink such as /usr/local/bin/wb), beside the main bundle, beside a test bundle.
    static var candidates: [URL] {
        var urls: [URL] = []
        if let override = ProcessInfo.processInfo.environment["WB_RESOURCES"], !override.isEmpty {
            urls.append(URL(fileURLWithPath: override))
        }
        if let executable = Bundle.main.executableURL {
            urls.append(executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name))
            urls.append(executable.deletingLastPathComponent().appendingPathComponent(name))
        }
        urls.append(Bundle.main.bundleURL.appendingPathComponent(name))
        urls.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name))
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            urls.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(name))
        }
        return urls
    }

    static let bundle: Bundle? = candidates.lazy.compactMap { url -> Bundle? in
        FileManager.default.fileExists(atPath: url.path) ? Bundle(url: url) : nil
    }.first

    static func url(forResource name: String, withExtension ext: String, subdirectory: String) -> URL? {
        bundle?.url(forResource: name, withExtension: ext, subdirectory: subdirectory)
    }
}
