import Foundation
import Workbench

/// The interactive loop: reads statements (continuing lines while a quote is open or a
/// line ends in `\`), runs each through the session, and reports errors without stopping.
///
/// A failing statement changes nothing (the session guarantees it), so the loop survives
/// every error; it ends on `quit`/`exit` or Ctrl-D, always with exit code 0.
public struct REPL {
    public let session: Session
    public let historyPath: String
    public let colour: Bool

    static let prompt = "wb> "
    static let continuationPrompt = "...> "

    public init(session: Session, historyPath: String, colour: Bool) {
        self.session = session
        self.historyPath = historyPath
        self.colour = colour
    }

    /// `$WB_HISTORY`, else `~/.wb_history`.
    public static var defaultHistoryPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["WB_HISTORY"], !path.isEmpty { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.wb_history"
    }

    /// Runs until `quit` or end of input; returns the process exit code.
    public func run() -> Int32 {
        // Under the C locale libedit drops non-ASCII input.
        setlocale(LC_CTYPE, "")
        Interrupts.install(cancellation: session.cancellation)
        let reader = makeReader()
        var statement = ""
        while !session.exitRequested {
            reader.pendingStatement = statement
            switch reader.read(prompt: statement.isEmpty ? REPL.prompt : REPL.continuationPrompt) {
            case .end:
                return 0
            case .interrupted:
                // Ctrl-C abandons the statement being typed; the next prompt starts afresh.
                statement = ""
                continue
            case .line(let line):
                statement += line.hasSuffix("\n") ? line : line + "\n"
            }
            if Lexer.needsContinuation(statement) { continue }
            let text = String(statement.dropLast())
            statement = ""
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            reader.remember(REPL.historyEntry(text))
            execute(text)
        }
        return 0
    }

    /// The statement as the history keeps it: without the space a completion leaves at the
    /// end (so `stats` and `stats ` are one entry), unless that space is escaped.
    static func historyEntry(_ text: String) -> String {
        var entry = Substring(text)
        while let last = entry.last, last == " " || last == "\t" {
            let rest = entry.dropLast()
            if rest.last == "\\" { break }
            entry = rest
        }
        return String(entry)
    }

    private func makeReader() -> LineReader {
        if Terminal.isInteractive {
            let session = self.session
            if let editor = LineEditor(historyPath: historyPath, colour: colour,
                                       completions: { Completer(session: session).complete($0) }) {
                return editor
            }
        }
        return PlainLineReader()
    }

    /// Runs the statements of one prompt entry; the first error stops the rest.
    private func execute(_ text: String) {
        _ = Interrupts.takeInterrupt()
        do {
            for statement in try session.parse(text, file: "<stdin>") {
                do {
                    try session.execute(statement)
                } catch let error as WorkbenchError {
                    report(error.located(at: statement.location), source: text)
                    return
                }
                if session.exitRequested { return }
            }
        } catch let error as WorkbenchError {
            report(error, source: text)
        } catch {
            write("error: \(error)\n", to: .standardError)
        }
    }

    private func report(_ error: WorkbenchError, source: String) {
        var text = ErrorReport.render(error, source: source)
        // Ctrl-C while a command runs: the terminal echoed `^C`; start the report below it.
        if error.code == .cancelled && Terminal.isInteractive { text = "\n" + text }
        write(colour ? Terminal.highlightingError(text) : text, to: .standardError)
    }

    private func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
