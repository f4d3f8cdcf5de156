import Foundation

/// Writes a result file atomically: a crash or Ctrl-C mid-write never leaves half a file.
public enum FileOutput {
    /// Writes `text` to `path`, creating missing folders; an error says why in the system's words.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw WorkbenchError(.io, "cannot write '\(path)': \(FileOutput.reason(error))")
        }
    }

    /// The operating system's reason, without Foundation's long-winded wrapping.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if ns.domain == NSPOSIXErrorDomain, let message = strerror(Int32(ns.code)) {
            return String(cString: message).lowercased()
        }
        return ns.localizedDescription
    }
}
