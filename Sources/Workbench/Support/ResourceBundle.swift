import Foundation

/// Finds resource bundles (the core's gazetteer and lexicons, a plugin's data files) without
/// SwiftPM's generated `Bundle.module`, which stops the process when the bundle is missing —
/// as it is when someone copies the `wb` binary alone. Here a missing bundle is an error a
/// command can report.
///
/// SwiftPM names a target's bundle `<package>_<target>.resources`: `wb_Workbench.resources`
/// for the core, `wb_QuoteSentimentPlugin.resources` for that plugin. A plugin keeps its own
/// `Bundle?` from `ResourceBundle.locate(_:)` in a `static let` and turns nil into an error.
public enum ResourceBundle {
    static let name = "wb_Workbench.resources"

    /// Where to look for the bundle `name`, in order: `$WB_RESOURCES` (the core's bundle
    /// itself, or a folder holding the bundles; a plugin's bundle is also looked for beside
    /// it), beside the executable (following a symlink such as /usr/local/bin/wb), beside
    /// the main bundle, beside a test bundle.
    public static func candidates(for name: String) -> [URL] {
        var urls: [URL] = []
        if let override = ProcessInfo.processInfo.environment["WB_RESOURCES"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            urls.append(url.appendingPathComponent(name))
            if name == ResourceBundle.name { urls.append(url) }
            urls.append(url.deletingLastPathComponent().appendingPathComponent(name))
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

    /// The first existing bundle named `name` among the candidates, or nil.
    public static func locate(_ name: String) -> Bundle? {
        candidates(for: name).lazy.compactMap { url -> Bundle? in
            FileManager.default.fileExists(atPath: url.path) ? Bundle(url: url) : nil
        }.first
    }

    /// The Workbench bundle, found once.
    static let bundle: Bundle? = locate(name)

    static func url(forResource name: String, withExtension ext: String, subdirectory: String) -> URL? {
        bundle?.url(forResource: name, withExtension: ext, subdirectory: subdirectory)
    }
}
