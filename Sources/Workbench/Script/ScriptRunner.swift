/// Runs a whole script (a file, `-c` text, stdin) in a session.
///
/// The script is parsed first, so a syntax error anywhere stops it before anything runs.
/// Then statements run in order; the first error stops it, unless `set on-error continue`.
public struct ScriptRunner {
    public enum Outcome: Equatable, Sendable {
        case success
        case runtimeError
        case usageError

        /// Exit codes: 0 ok, 1 runtime error, 64 usage error.
        public var exitCode: Int32 {
            switch self {
            case .success: return 0
            case .runtimeError: return 1
            case .usageError: return 64
            }
        }
    }

    public let session: Session
    /// Receives each error already formatted with location, caret and hint.
    public let reportError: @Sendable (String) -> Void

    public init(session: Session, reportError: @escaping @Sendable (String) -> Void) {
        self.session = session
        self.reportError = reportError
    }

    public func run(source: String, file: String) -> Outcome {
        let statements: [Statement]
        do {
            statements = try session.parse(source, file: file)
        } catch let error as WorkbenchError {
            reportError(ErrorReport.render(error, source: source))
            return .usageError
        } catch {
            reportError("error: \(error)\n")
            return .runtimeError
        }
        var outcome = Outcome.success
        for statement in statements {
            do {
                try session.execute(statement)
            } catch let error as WorkbenchError {
                reportError(ErrorReport.render(error.located(at: statement.location), source: source))
                let this: Outcome = error.isUsageError ? .usageError : .runtimeError
                // The first error decides the exit code, whether the script stops here or went on.
                if outcome == .success { outcome = this }
                if session.state.settings["on-error"] != "continue" || error.code == .cancelled { return outcome }
            } catch {
                reportError("\(file):\(statement.location.line):\(statement.location.column): error: \(error)\n")
                return .runtimeError
            }
            if session.exitRequested { break }
        }
        return outcome
    }
}
