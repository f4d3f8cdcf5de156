import Foundation
import Synchronization
import Workbench

/// Where results, diagnostics, errors and progress go: colour on stderr only when it is a
/// terminal and NO_COLOR is unset, and the progress line only on a terminal.
final class Console: Sendable {
    static let standardOutput = FileStream(fd: 1)
    static let standardError = FileStream(fd: 2)

    let colour: Bool
    let progressOnTTY: Bool
    /// `WB_TIMING=1` (for benchmarks): every note on stderr starts with the seconds since
    /// start, and each result written is marked there too (`note: output`), so the `loaded`,
    /// `output` and `saved` marks time each statement of a run. Off by default:
    /// wb's output, stderr included, is otherwise the same from run to run.
    let timingStart: ContinuousClock.Instant?
    private let progressState = Mutex(ProgressState())

    struct ProgressState {
        var visible = false
        var lastPercent = -1
        var lastLabel = ""
        /// When the current label's first report came: the rate and time left count from it.
        var started = ContinuousClock.now
    }

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        colour = isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        progressOnTTY = isatty(2) == 1
        timingStart = (environment["WB_TIMING"] ?? "0") != "0" ? .now : nil
    }

    func sessionIO() -> SessionIO {
        SessionIO(
            output: { [self] text in
                clearProgress()
                Console.standardOutput.write(text)
                // Under WB_TIMING, the end of each result too: a statement's time is then
                // the gap since the previous mark.
                if timingStart != nil { Console.standardError.write(timingPrefix() + "note: output\n") }
            },
            diagnostic: { [self] diagnostic in
                clearProgress()
                Console.standardError.write(timingPrefix() + render(diagnostic) + "\n")
            },
            progress: { [self] report in showProgress(report) },
            terminalWidth: { Terminal.width() }
        )
    }

    /// An already formatted error report (`FILE:LINE:COL: error: …`).
    func reportError(_ text: String) {
        clearProgress()
        guard colour else { Console.standardError.write(text); return }
        let painted = text.replacingOccurrences(of: "error:", with: "\u{1B}[1;31merror:\u{1B}[0m")
            .replacingOccurrences(of: "hint:", with: "\u{1B}[36mhint:\u{1B}[0m")
        Console.standardError.write(painted)
    }

    /// `[12.345s] ` under `WB_TIMING`, else nothing.
    private func timingPrefix() -> String {
        guard let timingStart else { return "" }
        let elapsed = timingStart.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return "[" + String(format: "%.3f", seconds) + "s] "
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
    private func showProgress(_ report: ProgressReport) {
        let label = report.label
        guard progressOnTTY, report.total > 0 else { return }
        let percent = min(100, report.done * 100 / report.total)
        let line: String? = progressState.withLock { state in
            guard percent != state.lastPercent || label != state.lastLabel else { return nil }
            if label != state.lastLabel { state.started = .now }
            state.lastPercent = percent
            state.lastLabel = label
            state.visible = true
            let elapsed = state.started.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return "\r\u{1B}[K" + ProgressLine.render(report, elapsedSeconds: seconds)
        }
        if let line { Console.standardError.write(line) }
    }

    private func clearProgress() {
        let wasVisible = progressState.withLock { state in
            defer { state = ProgressState() }
            return state.visible
        }
        if wasVisible { Console.standardError.write("\r\u{1B}[K") }
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
