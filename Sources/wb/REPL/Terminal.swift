import Foundation

/// Facts about the terminal the REPL talks to, and the few styles it uses.
public enum Terminal {
    /// Both stdin and stdout are terminals: only then is libedit worth using (with a pipe
    /// it prints no prompt and takes Tab as a character anyway).
    public static var isInteractive: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }

    /// Colour unless `NO_COLOR` is set (https://no-color.org) or stdout is not a terminal.
    public static var wantsColour: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }

    /// Columns of the terminal on `fd`, nil when it is not one (tables then use no width).
    public static func width(of fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Text shown bold (the prompt).
    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }

    /// An error report with its `error:` label in bold red.
    static func highlightingError(_ report: String) -> String {
        guard let range = report.range(of: "error:") else { return report }
        return report.replacingCharacters(in: range, with: "\u{1B}[1;31merror:\u{1B}[0m")
    }
}
