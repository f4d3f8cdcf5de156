/// The statement being typed, read up to the cursor the way `Lexer` reads it, but tolerant
/// of an unfinished end (an open quote, a word cut at the cursor) because completion runs
/// on text that does not parse yet.
struct CompletionScan: Equatable {
    /// A word as the lexer would see it.
    struct Word: Equatable {
        /// Quotes and escapes removed; variables kept as `$NAME`.
        var text = ""
        var quoted = false
        var hasVariable = false
        /// The quote left open at the cursor (`"` or `'`), so the completion can close it.
        var openQuote: Character?
        /// For an unquoted `$NAM` at the cursor: the part of the name typed so far.
        var variablePrefix: String?
        /// The variable's name when the word is exactly one unquoted `$NAME`.
        var soleVariable: String?
    }

    /// The finished stages of the statement before the one being typed (`docs | where …`).
    var previousStages: [[Word]] = []
    /// The finished words of the stage being typed.
    var words: [Word] = []
    /// The word at the cursor (empty after a space).
    var partial = Word()
    /// A `>` redirect came before the cursor in this statement.
    var afterRedirect = false
    /// Words written after the redirect's `>` (the file name and anything after it).
    var wordsAfterRedirect = 0

    /// Nil when the cursor is inside a `#` comment: there is nothing to complete.
    init?(_ source: String) {
        var reader = Reader(Array(source))
        while let c = reader.peek() {
            switch c {
            case " ", "\t", "\r":
                reader.advance()
            case "\n", ";":
                self = CompletionScan()
                reader.advance()
            case "\\" where reader.peek(1) == "\n":
                reader.advance(2)
            case "\\" where reader.peek(1) == "\r" && reader.peek(2) == "\n":
                reader.advance(3)
            case "#":
                while let d = reader.peek(), d != "\n" { reader.advance() }
                if reader.atEnd { return nil }
            case "|":
                previousStages.append(words)
                words = []
                afterRedirect = false
                wordsAfterRedirect = 0
                reader.advance()
            case ">" where reader.peek(1) != "=":
                // Right after `where COL` a `>` is the comparison, as in `Parser`.
                if words.count == 2, let first = words.first, !first.quoted, Parser.operatorCommands.contains(first.text) {
                    reader.advance()
                    let word = Word(text: ">")
                    if reader.atEnd { partial = word; return }
                    words.append(word)
                } else {
                    afterRedirect = true
                    reader.advance()
                }
            default:
                let word = reader.readWord()
                if reader.atEnd { partial = word; return }
                if afterRedirect { wordsAfterRedirect += 1 } else { words.append(word) }
            }
        }
    }

    private init() {}

    /// A cursor over the characters; `readWord` mirrors `Lexer.readWord`.
    private struct Reader {
        let chars: [Character]
        var index = 0

        init(_ chars: [Character]) { self.chars = chars }

        var atEnd: Bool { index >= chars.count }

        func peek(_ offset: Int = 0) -> Character? {
            index + offset < chars.count ? chars[index + offset] : nil
        }

        mutating func advance(_ count: Int = 1) { index = min(chars.count, index + count) }

        static let wordStops: Set<Character> = [" ", "\t", "\r", "\n", ";", "|"]

        mutating func readWord() -> Word {
            var word = Word()
            let start = index
            var variableParts = 0
            var literalParts = false
            while let c = peek(), !Reader.wordStops.contains(c) {
                if c == ">" && peek(1) != "=" && index > start { break }
                switch c {
                case "\"":
                    word.quoted = true
                    advance()
                    while true {
                        guard let d = peek() else { word.openQuote = "\""; return word }
                        if d == "\"" { advance(); break }
                        if d == "\\", let e = peek(1) {
                            advance(2)
                            switch e {
                            case "n": word.text.append("\n")
                            case "t": word.text.append("\t")
                            case "\n": break
                            default: word.text.append(e)
                            }
                            continue
                        }
                        if d == "$", let name = variableName(at: 1) {
                            word.text += "$" + name
                            word.hasVariable = true
                            advance(name.count + 1)
                            continue
                        }
                        word.text.append(d)
                        advance()
                    }
                case "'":
                    word.quoted = true
                    advance()
                    while true {
                        guard let d = peek() else { word.openQuote = "'"; return word }
                        advance()
                        if d == "'" { break }
                        word.text.append(d)
                    }
                case "\\":
                    advance()
                    if let e = peek() { word.text.append(e); advance(); literalParts = true }
                case "$":
                    let name = variableName(at: 1) ?? ""
                    if !name.isEmpty || atEndAfter(1) {
                        // `$` alone at the cursor is the start of a variable name being typed.
                        word.text += "$" + name
                        word.hasVariable = true
                        variableParts += 1
                        advance(name.count + 1)
                        if atEnd && !word.quoted && !literalParts && variableParts == 1 { word.variablePrefix = name }
                    } else {
                        word.text.append(c)
                        literalParts = true
                        advance()
                    }
                default:
                    word.text.append(c)
                    literalParts = true
                    advance()
                }
            }
            if !word.quoted && !literalParts && variableParts == 1, word.text.hasPrefix("$") {
                word.soleVariable = String(word.text.dropFirst())
            }
            if word.variablePrefix != nil && !atEnd { word.variablePrefix = nil }
            return word
        }

        private func atEndAfter(_ offset: Int) -> Bool { index + offset >= chars.count }

        private func variableName(at offset: Int) -> String? {
            Lexer.variableName(in: chars, at: index + offset)
        }
    }
}
