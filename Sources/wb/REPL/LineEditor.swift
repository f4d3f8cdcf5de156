import CLibEdit
import Foundation
import Workbench

/// Line editing on libedit's `el_*` API: emacs keys, history with Up/Down and Ctrl-R, a
/// prompt (bold when colour is on), and Tab completion through a `Completer`.
///
/// libedit calls back through C function pointers that cannot capture; they find this
/// object through `EL_CLIENTDATA`, so there is no global state.
final class LineEditor: LineReader {
    var pendingStatement = ""
    private let editor: OpaquePointer
    private let history: LineHistory
    private let colour: Bool
    private let completions: (String) -> Completer.Result
    /// The C string libedit's prompt callback returns; replaced by `read(prompt:)`.
    private var promptText: UnsafeMutablePointer<CChar>

    /// Bytes around the colour codes of the prompt: libedit gives them no width.
    private static let ignoreMarker: CChar = 1

    /// Nil if libedit cannot start (then the REPL falls back to plain reads).
    init?(historyPath: String, colour: Bool, completions: @escaping (String) -> Completer.Result) {
        // "wb", not argv[0]: the name selects the `wb:` lines of the user's ~/.editrc.
        guard let editor = el_init("wb", cel_stdin(), cel_stdout(), cel_stderr()) else {
            return nil
        }
        guard let history = LineHistory(path: historyPath), let prompt = strdup("") else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.colour = colour
        self.completions = completions
        self.promptText = prompt
        cel_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        cel_set_editor(editor, "emacs")
        cel_set_history(editor, history.handle)
        // libedit restores the terminal on signals while it reads, then passes them on.
        cel_set_signal(editor, 1)
        cel_set_prompt(editor, { el in
            guard let el, let data = cel_get_clientdata(el) else { return cel_empty_prompt() }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptText
        }, LineEditor.ignoreMarker)
        cel_add_function(editor, "wb-complete", "complete the word at the cursor", { el, _ in
            guard let el, let data = cel_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
        })
        cel_set_read_function(editor, { _, character in KeyReader.readCharacter(into: character) })
        cel_bind(editor, "^I", "wb-complete")
        cel_bind(editor, "^R", "em-inc-search-prev")
        // The user's ~/.editrc (or $EDITRC) may rebind keys; a missing file is fine.
        el_source(editor, nil)
    }

    deinit {
        el_end(editor)
        free(promptText)
    }

    func read(prompt: String) -> LineInput {
        setPrompt(prompt)
        // A Ctrl-C from before this prompt (it cancelled a command already) is spent.
        _ = Interrupts.takeInterrupt()
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editor, &count) else {
            let failedWithEINTR = count == -1 && errno == EINTR
            let interrupted = Interrupts.takeInterrupt() || failedWithEINTR
            // The cursor is still on the abandoned line (or after the prompt at Ctrl-D).
            let out = cel_stdout()
            fputs("\n", out)
            fflush(out)
            return interrupted ? .interrupted : .end
        }
        return .line(String(cString: raw))
    }

    func remember(_ statement: String) {
        history.add(statement)
    }

    private func setPrompt(_ prompt: String) {
        let marker = String(UnicodeScalar(UInt8(LineEditor.ignoreMarker)))
        var text = prompt
        if colour, let last = prompt.last {
            // libedit drops an escape sequence that ends the prompt ("XXX: We lose the last
            // literal" in its prompt.c), so the reset goes before the final character.
            text = marker + "\u{1B}[1m" + marker + prompt.dropLast() + marker + "\u{1B}[0m" + marker + String(last)
        }
        guard let copy = strdup(text) else { return }
        free(promptText)
        promptText = copy
    }

    // MARK: Completion

    /// Tab: one candidate is inserted whole; several insert their common prefix, and when
    /// there is nothing more to insert (the second Tab) they are listed in columns.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor) else { return UInt8(CC_ERROR) }
        let buffer = info.pointee.buffer
        let before = buffer.map { start in
            String(decoding: UnsafeRawBufferPointer(start: start, count: max(0, info.pointee.cursor - start)), as: UTF8.self)
        } ?? ""
        let result = completions(pendingStatement + before)
        if result.candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if !result.insertion.isEmpty {
            return el_insertstr(editor, result.insertion) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        }
        if result.candidates.count == 1 { return UInt8(CC_REFRESH) }
        let lines = result.columns(width: Terminal.width() ?? 80)
        let out = cel_stdout()
        // The terminal is in libedit's raw mode here: end lines with CR LF explicitly.
        fputs("\r\n" + lines.joined(separator: "\r\n") + "\r\n", out)
        fflush(out)
        return UInt8(CC_REDISPLAY)
    }
}
