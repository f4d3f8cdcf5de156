import Synchronization
import Workbench

/// What an in-memory session printed: results, diagnostics, rendered errors.
/// Guarded by a Mutex because `SessionIO` closures are `@Sendable`.
public final class Transcript: Sendable {
    private struct Log {
        var output: [String] = []
        var diagnostics: [Diagnostic] = []
        var errors: [String] = []
    }

    private let log = Mutex(Log())

    public init() {}

    public var output: [String] { log.withLock { $0.output } }
    public var diagnostics: [Diagnostic] { log.withLock { $0.diagnostics } }
    public var errors: [String] { log.withLock { $0.errors } }
    /// Everything printed on stdout, joined.
    public var stdout: String { output.joined() }
    /// Diagnostics as the front end prints them on stderr.
    public var notes: [String] { diagnostics.map(\.description) }

    /// Returns the stdout printed so far and forgets it.
    public func takeOutput() -> String {
        log.withLock { log in
            defer { log.output = [] }
            return log.output.joined()
        }
    }

    public func reportError(_ text: String) { log.withLock { $0.errors.append(text) } }

    public var io: SessionIO {
        SessionIO(
            output: { [self] text in log.withLock { $0.output.append(text) } },
            diagnostic: { [self] diagnostic in log.withLock { $0.diagnostics.append(diagnostic) } })
    }
}
