import Foundation
import Synchronization
import Workbench

/// The plugin's data files, shipped in its resource bundle `wb_QuoteSentimentPlugin.resources`
/// (found like the core's, without `Bundle.module`, whose accessor stops the process when
/// the bundle is missing): the VADER lexicon with its licence, and the built-in domain layer.
enum SentimentResources {
    static let bundleName = "wb_QuoteSentimentPlugin.resources"
    /// The bundle's folder. Its files are read by path: a `Bundle` and its resource lookup
    /// (property lists, localisations) cost more than reading the lexicon. Looked for beside
    /// the executable first (where `swift build` and an install put it; the core's first
    /// place without `WB_RESOURCES`), found through /proc without `Bundle.main`, whose first
    /// use costs a millisecond; else wherever the core looks.
    static let bundleURL: URL? = {
        if getenv("WB_RESOURCES") == nil,
           let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let url = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(bundleName)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return ResourceBundle.candidates(for: bundleName).first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// The built-in domain layer's name for `set sentiment.domain`.
    static let builtInDomain = "international-affairs"
    static let noDomain = "none"

    /// The bytes of `Resources/<subdirectory>/<name>.<ext>`, or an error saying where to put the bundle.
    static func bytes(_ name: String, _ ext: String, in subdirectory: String) throws -> [UInt8] {
        guard let bundleURL else {
            throw WorkbenchError(.io, "cannot find the sentiment plugin's resource bundle \(bundleName)",
                                 hint: "keep the folder \(bundleName) next to the wb executable, or set WB_RESOURCES to the folder holding it")
        }
        let path = bundleURL.appendingPathComponent("Resources/\(subdirectory)/\(name).\(ext)").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkbenchError(.io, "cannot find Resources/\(subdirectory)/\(name).\(ext) in \(bundleName)",
                                 hint: "reinstall wb with its resource bundles")
        }
        guard let bytes = readFile(path) else {
            throw WorkbenchError(.io, "cannot read \(path)")
        }
        return bytes
    }

    /// A file's bytes, read straight into the array (no `Data` to copy them from).
    private static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let n = read(fd, base + count, size - count)
                if n <= 0 {
                    failed = n < 0
                    break
                }
                count += n
            }
        }
        return failed ? nil : bytes
    }

    /// The text of `Resources/<subdirectory>/<name>.<ext>`.
    static func text(_ name: String, _ ext: String, in subdirectory: String) throws -> String {
        String(decoding: try bytes(name, ext, in: subdirectory), as: UTF8.self)
    }

    /// The path of the built-in domain layer (for `help` and the README).
    static var builtInDomainPath: String? {
        bundleURL?.appendingPathComponent("Resources/domain/international_affairs.tsv").path
    }

    /// The domain layer a `sentiment.domain` value names: the built-in one, none, or a file.
    static func domain(_ setting: String) throws -> DomainLayer? {
        switch setting {
        case noDomain: return nil
        case builtInDomain, "":
            return try DomainLayer(name: "international_affairs.tsv", text: text("international_affairs", "tsv", in: "domain"))
        default: return try DomainLayer.read(path: setting)
        }
    }

    /// The term tables for a `sentiment.domain` value, built once per value and file version.
    static func terms(domain setting: String) throws -> SentimentTerms {
        let key = cacheKey(setting)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let lexicon = try bytes("vader_lexicon", "txt", in: "vader")
        let terms = try SentimentTerms(lexiconBytes: lexicon, domain: domain(setting))
        cache.withLock { $0[key] = terms }
        return terms
    }

    /// A user's file is read again when it changes (its modification date is in the key).
    private static func cacheKey(_ setting: String) -> String {
        guard setting != noDomain, setting != builtInDomain, !setting.isEmpty else { return setting }
        let date = (try? FileManager.default.attributesOfItem(atPath: setting)[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return setting + "@" + String(date)
    }

    private static let cache = Mutex<[String: SentimentTerms]>([:])
}
