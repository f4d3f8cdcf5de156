import Foundation
import Synchronization
import Workbench

/// The process' terminal side: where results, diagnostics, errors and progress go, with
/// colour only on a TTY and when NO_COLOR is unset, and progress only on a TTY.
final class Terminal: Sendable {
    static let standardOutput = FileStream(fd: 1)
    static let standardError = FileStream(fd: 2)

    /// Both stdin and stdout are terminals: the REPL (libedit) is used only then.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    let colour: Bool
    let progressOnTTY: Bool
    private let progressState = Mutex(ProgressState())

    struct ProgressState {
        var visible = false
        var lastPercent = -1
        var lastLabel = ""
    }

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        colour = isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        progressOnTTY = isatty(2) == 1
    }

    func sessionIO() -> SessionIO {
        SessionIO(
            output: { [self] text in clearProgress(); Terminal.standardOutput.write(text) },
            diagnostic: { [self] diagnostic in
                clearProgress()
                Terminal.standardError.write(render(diagnostic) + "\n")
            },
            progress: { [self] label, done, total in showProgress(label, done, total) },
            terminalWidth: { Terminal.width() }
        )
    }

    /// An already formatted error report (`FILE:LINE:COL: error: …`).
    func reportError(_ text: String) {
        clearProgress()
        guard colour else { Terminal.standardError.write(text); return }
        let painted = text.replacingOccurrences(of: "error:", with: "\u{1B}[1;31merror:\u{1B}[0m")
            .replacingOccurrences(of: "hint:", with: "\u{1B}[36mhint:\u{1B}[0m")
        Terminal.standardError.write(painted)
    }

    private func render(_ diagnostic: Diagnostic) -> String {
        let text = diagnostic.description
        guard colour else { return text }
        switch diagnostic.severity {
        case .warning: return text.replacingOccurrences(of: "warning:", with: "\u{1B}[1;33mwarning:\u{1B}[0m")
        case .note: return "\u{1B}[2m" + text + "\u{1B}[0m"
        }
    }

    /// One line on stderr, rewritten in place, only on a TTY; at most once per percent.
    private func showProgress(_ label: String, _ done: Int, _ total: Int) {
        guard progressOnTTY, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        let line: String? = progressState.withLock { state in
            guard percent != state.lastPercent || label != state.lastLabel else { return nil }
            state.lastPercent = percent
            state.lastLabel = label
            state.visible = true
            return "\r\u{1B}[K\(label) \(percent)% (\(done)/\(total))"
        }
        if let line { Terminal.standardError.write(line) }
    }

    private func clearProgress() {
        let wasVisible = progressState.withLock { state in
            defer { state = ProgressState() }
            return state.visible
        }
        if wasVisible { Terminal.standardError.write("\r\u{1B}[K") }
    }

    /// The terminal's width in columns, nil when stdout is not a terminal.
    static func width() -> Int? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// A process can inherit blocked signals (children of test runners do); unblock them so
    /// Ctrl-C and SIGTERM work.
    static func resetSignalMask() {
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)
    }
}

/// Unbuffered writes to a file descriptor, retried until complete.
struct FileStream: Sendable {
    let fd: Int32

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if n < 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
    }
}
