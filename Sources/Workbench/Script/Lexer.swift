/// Turns source text into tokens, each with its file:line:column.
///
/// Rules: whitespace separates words; `"…"` (with `\"`, `\\`, `\$`, `\n`, `\t` escapes and
/// `$NAME` expansion; any other backslash is kept, so `"/\d+/"` stays a regular expression)
/// and `'…'` (literal) quote; `#` at the start of a word comments out the rest of the line;
/// `\` before a newline continues the statement, also right after a word; `|`, `;` and `>`
/// stand alone. Lines may end in `\n` or `\r\n`; columns count characters.
public struct Lexer {
    private let scalars: [Character]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    /// Where the text after the last continuation `\` starts; the source needs another line
    /// when only blanks follow it.
    private var afterContinuation: Int?

    public init(_ source: String, file: String) {
        // "\r\n" is one Character, equal to neither "\r" nor "\n": treat it as a newline.
        self.scalars = source.map { $0 == "\r\n" ? "\n" : $0 }
        self.file = file
    }

    /// Whether the text stops inside a quote or after a continuation `\`: the REPL then
    /// asks for another line instead of running it.
    public static func needsContinuation(_ source: String) -> Bool {
        var lexer = Lexer(source, file: "")
        do {
            let tokens = try lexer.tokenize()
            // A statement ending in `|` goes on at the next line.
            if tokens.count >= 2, case .pipe = tokens[tokens.count - 2] { return true }
            guard let start = lexer.afterContinuation else { return false }
            return lexer.scalars[start...].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        } catch let error as WorkbenchError {
            return error.message.hasPrefix("unterminated")
        } catch {
            return false
        }
    }

    private static func isPipe(_ token: Token) -> Bool {
        if case .pipe = token { return true }
        return false
    }

    public mutating func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        while let c = peek() {
            switch c {
            case " ", "\t", "\r":
                advance()
            case "\n" where tokens.last.map(Lexer.isPipe) ?? false:
                advance()  // `docs |` at the end of a line: the pipeline goes on below
            case "\n", ";":
                tokens.append(.end(here))
                advance()
            case "\\" where peek(1) == "\n" || peek(1) == nil:
                skipContinuation()
            case "#":
                while let d = peek(), d != "\n" { advance() }
            case "|":
                tokens.append(.pipe(here))
                advance()
            case ">" where peek(1) != "=":
                tokens.append(.greater(here))
                advance()
            default:
                tokens.append(.word(try readWord()))
            }
        }
        tokens.append(.end(here))
        return tokens
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Skips a continuation: `\` and the newline after it, if any.
    private mutating func skipContinuation() {
        advance()
        advance()
        afterContinuation = index
    }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private static let wordStops: Set<Character> = [" ", "\t", "\r", "\n", ";", "|"]

    /// One word: bare runs and quoted runs glued together (`out/"my file".csv`).
    private mutating func readWord() throws -> Word {
        let start = here
        let startIndex = index
        var parts: [Word.Part] = []
        var literal = ""
        var quoted = false
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
        }
        while let c = peek(), !Lexer.wordStops.contains(c) {
            if c == ">" && peek(1) != "=" && index > startIndex { break }
            switch c {
            case "\"":
                quoted = true
                let open = here
                advance()
                while true {
                    guard let d = peek() else {
                        throw WorkbenchError(.syntax, "unterminated string: no closing \" for the one opened here",
                                             hint: "close the quote, or escape it as \\\"", at: open)
                    }
                    if d == "\"" { advance(); break }
                    if d == "\\", let e = peek(1) {
                        advance(); advance()
                        switch e {
                        case "n": literal.append("\n")
                        case "t": literal.append("\t")
                        case "\n": break
                        case "\"", "\\", "$": literal.append(e)
                        default: literal.append("\\"); literal.append(e)
                        }
                        continue
                    }
                    if d == "$", let name = variableName(at: 1) {
                        flush()
                        parts.append(.variable(name))
                        for _ in 0...name.count { advance() }
                        continue
                    }
                    literal.append(d)
                    advance()
                }
            case "'":
                quoted = true
                let open = here
                advance()
                while true {
                    guard let d = peek() else {
                        throw WorkbenchError(.syntax, "unterminated string: no closing ' for the one opened here",
                                             hint: "close the quote", at: open)
                    }
                    advance()
                    if d == "'" { break }
                    literal.append(d)
                }
            case "\\" where peek(1) == "\n" || peek(1) == nil:
                // A continuation right after a word: the word goes on on the next line,
                // so `docs\` + newline + `| top 3` is `docs | top 3`.
                skipContinuation()
            case "\\":
                advance()
                if let e = peek() { literal.append(e); advance() }
            case "$":
                if let name = variableName(at: 1) {
                    flush()
                    parts.append(.variable(name))
                    for _ in 0...name.count { advance() }
                } else {
                    literal.append(c)
                    advance()
                }
            default:
                literal.append(c)
                advance()
            }
        }
        flush()
        if parts.isEmpty { parts = [.literal("")] }
        return Word(parts: parts, quoted: quoted, location: start)
    }

    /// A variable name after `$`: letters, digits and `_` (`$q`, `$1`).
    private func variableName(at offset: Int) -> String? {
        Lexer.variableName(in: scalars, at: index + offset)
    }

    /// The variable name starting at `start` in `chars`; shared with the completion scanner,
    /// which reads partial lines the same way.
    static func variableName(in chars: [Character], at start: Int) -> String? {
        var name = ""
        var i = start
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
            name.append(chars[i])
            i += 1
        }
        return name.isEmpty ? nil : name
    }
}
