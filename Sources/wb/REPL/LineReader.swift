import Foundation

/// What one read at the prompt gave.
enum LineInput: Equatable {
    /// A line, with its newline.
    case line(String)
    /// Ctrl-C: abandon the statement being typed. The reader has ended the screen line.
    case interrupted
    /// Ctrl-D or end of input. The reader has ended the screen line.
    case end
}

/// Where the REPL gets its lines: libedit on a terminal, plain reads otherwise.
protocol LineReader: AnyObject {
    /// The earlier lines of a statement still open (continued), for completion.
    var pendingStatement: String { get set }
    func read(prompt: String) -> LineInput
    /// Adds a whole statement (possibly several lines) to the history as one entry.
    func remember(_ statement: String)
}

/// Lines from stdin without editing, for when stdin or stdout is not a terminal. The
/// prompt goes to stderr so a piped stdout holds only results.
///
/// Reads the file descriptor itself: Swift's `readLine` retries `getline` on EINTR, and
/// after an interrupted read `getline` fails at once forever, so Ctrl-C would spin it.
/// Waiting goes through `Interrupts.waitForInput` so a Ctrl-C is never slept through.
final class PlainLineReader: LineReader {
    var pendingStatement = ""
    private let showsPrompt: Bool
    /// Bytes read but not yet returned as a line.
    private var buffer: [UInt8] = []
    private var atEnd = false

    init() {
        showsPrompt = isatty(STDIN_FILENO) != 0
    }

    func read(prompt: String) -> LineInput {
        if showsPrompt { FileHandle.standardError.write(Data(prompt.utf8)) }
        // A Ctrl-C from before this prompt (it cancelled a command already) is spent.
        _ = Interrupts.takeInterrupt()
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[...newline]
                buffer.removeSubrange(...newline)
                return .line(String(decoding: line, as: UTF8.self))
            }
            if atEnd {
                guard !buffer.isEmpty else {
                    if showsPrompt { FileHandle.standardError.write(Data("\n".utf8)) }
                    return .end
                }
                defer { buffer = [] }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            // Ctrl-C: on a terminal the kernel already dropped the line being typed.
            guard Interrupts.waitForInput(on: STDIN_FILENO) else {
                _ = Interrupts.takeInterrupt()
                if showsPrompt { FileHandle.standardError.write(Data("\n".utf8)) }
                return .interrupted
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { readStandardInput($0.baseAddress, count: $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                atEnd = true
            }
        }
    }

    func remember(_ statement: String) {}
}

/// `read(2)` on stdin, for the readers whose own `read(prompt:)` hides the global one.
func readStandardInput(_ buffer: UnsafeMutableRawPointer?, count: Int) -> Int {
    read(STDIN_FILENO, buffer, count)
}
