import Foundation
import Workbench

/// Where the taxonomy in force comes from: the `coop.taxonomy` setting holds `default`, or
/// the files loaded with `coop.taxonomy load`, each with a hash of its content
/// (`default + /abs/extra.yaml@9f2c…`). The setting is part of the analysis fingerprint, so
/// loading a taxonomy reruns the tagging; and a file edited on disk after loading is
/// reported instead of being used silently.
enum TaxonomyStore {
    static let setting = "coop.taxonomy"
    static let defaultName = "default"
    static let resourceName = "coop_taxonomy"
    static let bundleName = "wb_CooperationPlugin.resources"

    /// The taxonomy a setting value names.
    static func resolve(_ value: String?) throws -> Taxonomy {
        let entries = (value ?? defaultName).components(separatedBy: " + ").map { $0.trimmingCharacters(in: .whitespaces) }
        var result: Taxonomy?
        for entry in entries where !entry.isEmpty {
            let taxonomy: Taxonomy
            if entry == defaultName {
                taxonomy = try builtIn()
            } else {
                let (path, hash) = split(entry)
                let text = try read(path)
                if let hash, hash != digest(text) {
                    throw WorkbenchError(.io, "taxonomy file '\(path)' changed since it was loaded",
                                         hint: "load it again: coop.taxonomy load \(path)")
                }
                taxonomy = try TaxonomyParser.parse(text, file: path)
            }
            result = result.map { $0.extended(with: taxonomy) } ?? taxonomy
        }
        return try result ?? builtIn()
    }

    /// The setting value after loading `path` (replacing, or extending the current value).
    static func value(loading path: String, text: String, extending current: String?) -> String {
        let entry = URL(fileURLWithPath: path).standardizedFileURL.path + "@" + digest(text)
        guard let current, !current.isEmpty else { return entry }
        return current + " + " + entry
    }

    /// `path@hash` → (path, hash); a value written by hand may have no hash.
    static func split(_ entry: String) -> (String, String?) {
        guard let at = entry.lastIndex(of: "@"), entry[entry.index(after: at)...].allSatisfy(\.isHexDigit),
              entry.distance(from: at, to: entry.endIndex) == 17 else { return (entry, nil) }
        return (String(entry[..<at]), String(entry[entry.index(after: at)...]))
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbenchError(.io, "taxonomy file '\(path)' not found", hint: "write one to start from with: coop.taxonomy export FILE")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WorkbenchError(.format, "\(path): the taxonomy file is not UTF-8 text")
        }
        return text
    }

    /// FNV-1a, 64 bits, as 16 hex digits: enough to notice an edited file.
    static func digest(_ text: String) -> String {
        let hex = String(FNV1a.hash(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The text of the shipped default taxonomy.
    static func builtInText() throws -> String {
        guard let url = bundle?.url(forResource: resourceName, withExtension: "yaml", subdirectory: "Resources") else {
            throw WorkbenchError(.io, "the default cooperation taxonomy (\(resourceName).yaml) is missing",
                                 hint: "install wb with its resource bundles (\(bundleName) beside the binary), or set WB_COOP_RESOURCES")
        }
        return try read(url.path)
    }

    static func builtIn() throws -> Taxonomy {
        try TaxonomyParser.parse(try builtInText(), file: "default taxonomy (\(resourceName).yaml)")
    }

    /// Found like every bundle of wb (`ResourceBundle.locate`: no `Bundle.module`, which
    /// stops the process when the bundle is missing), or at `$WB_COOP_RESOURCES`.
    static let bundle: Bundle? = {
        if let path = ProcessInfo.processInfo.environment["WB_COOP_RESOURCES"], !path.isEmpty,
           FileManager.default.fileExists(atPath: path), let bundle = Bundle(url: URL(fileURLWithPath: path)) {
            return bundle
        }
        return ResourceBundle.locate(bundleName)
    }()
}
