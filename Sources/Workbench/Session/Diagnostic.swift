/// A warning or note for the user, printed on stderr like a compiler's:
/// `FILE:LINE: warning: MESSAGE`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, note }

    public var severity: Severity
    public var message: String
    public var file: String?
    public var line: Int?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        var prefix = ""
        if let file {
            prefix = file + (line.map { ":\($0)" } ?? "") + ": "
        }
        switch severity {
        case .warning: return prefix + "warning: " + message
        case .note: return prefix.isEmpty ? message : prefix + "note: " + message
        }
    }
}

/// Where a session sends what is not a result: diagnostics and progress. The front end
/// decides how (stderr, colour, a progress line on a TTY only); tests collect them.
public struct SessionIO: Sendable {
    public var output: @Sendable (String) -> Void
    public var diagnostic: @Sendable (Diagnostic) -> Void
    public var progress: @Sendable (ProgressReport) -> Void
    /// The width of the terminal for tables, nil on a pipe.
    public var terminalWidth: @Sendable () -> Int?

    public init(
        output: @escaping @Sendable (String) -> Void,
        diagnostic: @escaping @Sendable (Diagnostic) -> Void,
        progress: @escaping @Sendable (ProgressReport) -> Void = { _ in },
        terminalWidth: @escaping @Sendable () -> Int? = { nil }
    ) {
        self.output = output
        self.diagnostic = diagnostic
        self.progress = progress
        self.terminalWidth = terminalWidth
    }
}
