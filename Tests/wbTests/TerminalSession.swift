import Foundation

/// The built `wb` executable, found next to the test bundle: SwiftPM puts every product
/// of a build in one folder (`.build/debug`), which holds the `.xctest` too (on Linux a
/// plain executable, on macOS a bundle). `WB_EXECUTABLE` overrides the search.
enum BuiltProduct {
    static func wb() throws -> URL {
        let manager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["WB_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        let starts = [URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath(), Bundle.main.bundleURL]
        for start in starts {
            var folder = start
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("wb")
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   manager.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw TerminalSessionError("cannot find the built wb near \(starts.map(\.path)); run `swift build` first or set WB_EXECUTABLE")
    }
}

struct TerminalSessionError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// `wb` running on a real pseudo-terminal, driven like a user at a keyboard.
///
/// The pty is made the process's controlling terminal (`setsid --ctty`), so Ctrl-C
/// (0x03) becomes SIGINT as it would in a shell. Everything is bytes: in a Swift String
/// "\r\n" is one Character, and libedit's redraws are not text.
final class TerminalSession {
    let process = Process()
    private let master: Int32
    private(set) var output: [UInt8] = []
    /// Output before this index has been matched by `expect` already.
    private var matched = 0
    private var closed = false

    /// Starts `wb` with `environment` as its whole environment, on an 80×24 terminal.
    init(environment: [String: String], arguments: [String] = []) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw TerminalSessionError("cannot open a pseudo-terminal: errno \(errno)")
        }
        self.master = master
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        defer { close(slave) }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        do {
            process.arguments = ["--ctty", "--wait", try BuiltProduct.wb().path] + arguments
            try process.run()
        } catch {
            close(master)
            closed = true
            throw error
        }
    }

    deinit { end() }

    // MARK: Typing

    func type(_ text: String) throws { try send(Array(text.utf8)) }

    /// Writes keys, reading the echo meanwhile so a long line cannot fill both directions
    /// of the pty and stall.
    func send(_ bytes: [UInt8], timeout: Double = 5) throws {
        var sent = 0
        let deadline = Date().addingTimeInterval(timeout)
        while sent < bytes.count {
            guard Date() < deadline else { throw failure("timed out typing \(bytes.count - sent) more bytes") }
            var fd = pollfd(fd: master, events: Int16(POLLIN | POLLOUT), revents: 0)
            _ = poll(&fd, 1, 50)
            drain()
            if fd.revents & Int16(POLLOUT) != 0 {
                let chunk = min(256, bytes.count - sent)
                let written = bytes[sent..<(sent + chunk)].withUnsafeBytes { write(master, $0.baseAddress, chunk) }
                if written > 0 { sent += written }
            }
        }
    }

    // MARK: Waiting

    /// Waits until `text` appears in the output after what was matched before.
    func expect(_ text: String, timeout: Double = 5) throws {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = find(needle, from: matched) {
                matched = end
                return
            }
            guard Date() < deadline else { throw failure("timed out waiting for \(String(reflecting: text))") }
            waitForOutput(until: deadline)
        }
    }

    /// Waits for `prompt`, then for libedit to leave canonical mode: keys typed before that
    /// are echoed by the kernel and ^C/^D/^U are taken by the line discipline.
    func waitForInput(prompt: String = "wb> ", timeout: Double = 5) throws {
        try expect(prompt, timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var settings = termios()
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            guard Date() < deadline else { throw failure("timed out waiting for raw mode after the prompt") }
            usleep(2_000)
            drain()
        }
    }

    /// Waits for wb to exit and returns its exit status.
    func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else { throw failure("timed out waiting for wb to exit") }
            waitForOutput(until: min(deadline, Date().addingTimeInterval(0.02)))
        }
        drain()
        return process.terminationStatus
    }

    /// Everything wb wrote, control bytes escaped, for failure messages.
    var transcript: String {
        String(decoding: output, as: UTF8.self).unicodeScalars.map { scalar in
            switch scalar {
            case "\n": return "\\n\n"
            case "\r": return "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: return String(format: "\\x%02X", scalar.value)
            default: return String(scalar)
            }
        }.joined()
    }

    /// Whether `text` appears anywhere in the output so far.
    func wrote(_ text: String) -> Bool {
        drain()
        let needle = Array(text.utf8)
        guard output.count >= needle.count else { return false }
        return (0...(output.count - needle.count)).contains { output[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Ends the session: closing the master hangs the terminal up (wb sees EOF or SIGHUP);
    /// SIGKILL if it is still there after a second. Never `Process.terminate()`: SIGTERM
    /// may be blocked in children of the test runner.
    func end() {
        guard !closed else { return }
        closed = true
        close(master)
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    // MARK: Reading

    private func failure(_ what: String) -> TerminalSessionError {
        TerminalSessionError("\(what); wb wrote:\n\(transcript)")
    }

    private func waitForOutput(until deadline: Date) {
        var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = max(1, min(100, Int32(deadline.timeIntervalSinceNow * 1000)))
        _ = poll(&fd, 1, milliseconds)
        drain()
    }

    private func drain() {
        guard !closed else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, 4096) }
            guard count > 0 else { return }
            output += buffer[0..<count]
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard output.count - start >= needle.count else { return nil }
        for index in start...(output.count - needle.count)
        where output[index..<(index + needle.count)].elementsEqual(needle) {
            return index + needle.count
        }
        return nil
    }
}
