/// Turns an HTML page into its visible text and title.
///
/// The document's text is this extracted text, not the markup, so span offsets of an HTML
/// document refer to the extracted text and not to the file. Script, style and the head are
/// dropped; entities are decoded; block elements become line breaks (paragraph-level ones a
/// blank line) so that the paragraph analysis still finds the page's paragraphs; runs of
/// whitespace collapse to one space, as a browser shows them (except inside `<pre>`).
struct HTMLTextExtractor {
    struct Result: Equatable {
        var text: String
        /// `<title>`, else the first `<h1>`, whitespace collapsed; nil when neither has text.
        var title: String?
    }

    /// Elements whose content is never visible text.
    static let hidden: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object"]
    /// Elements that start and end a paragraph.
    static let paragraphBlocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer",
        "nav", "aside", "main", "figure", "figcaption", "table", "ul", "ol", "dl", "pre", "hr", "form",
        "fieldset", "address", "details", "summary", "body", "center",
    ]
    /// Elements that only start a new line.
    static let lineBlocks: Set<String> = ["br", "li", "tr", "dt", "dd", "option", "caption"]

    private let scalars: [Unicode.Scalar]
    private var i = 0
    private var output = String.UnicodeScalarView()
    /// 0: none, 1: a line break, 2: a blank line, before the next visible character.
    private var pendingBreak = 0
    private var pendingSpace = false
    private var inHead = false
    private var preDepth = 0
    private var title: String?
    private var h1: String?
    private var h1Capture: String.UnicodeScalarView?

    static func extract(_ html: String) -> Result {
        var extractor = HTMLTextExtractor(scalars: Array(html.unicodeScalars))
        return extractor.run()
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private mutating func run() -> Result {
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "<" {
                if !readMarkup() { emit("<"); i += 1 }
            } else if scalar == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: i) {
                for s in decoded.unicodeScalars { emit(s) }
                i = next
            } else {
                emit(scalar)
                i += 1
            }
        }
        let fallback = h1.flatMap { $0.isEmpty ? nil : $0 }
        return Result(text: String(output), title: title.flatMap { $0.isEmpty ? nil : $0 } ?? fallback)
    }

    // MARK: Text

    private mutating func emit(_ scalar: Unicode.Scalar) {
        if inHead { return }
        let isSpace = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
        if preDepth > 0 {
            if scalar == "\r" { return }
            flushBreak()
            output.append(scalar)
            h1Capture?.append(scalar)
            return
        }
        if isSpace {
            pendingSpace = true
            return
        }
        flushBreak()
        if pendingSpace, let last = output.last, last != "\n" { output.append(" ") }
        if pendingSpace, let last = h1Capture?.last, last != " " { h1Capture?.append(" ") }
        pendingSpace = false
        output.append(scalar)
        h1Capture?.append(scalar)
    }

    private mutating func flushBreak() {
        if pendingBreak > 0, !output.isEmpty {
            if let last = h1Capture?.last, last != " " { h1Capture?.append(" ") }
            output.append("\n")
            if pendingBreak > 1 { output.append("\n") }
            pendingSpace = false
        }
        pendingBreak = 0
    }

    private mutating func requestBreak(_ level: Int) {
        pendingBreak = max(pendingBreak, level)
        pendingSpace = false
    }

    // MARK: Markup

    /// Reads a tag, comment or declaration at `<`; false when the `<` is literal text.
    private mutating func readMarkup() -> Bool {
        guard i + 1 < scalars.count else { return false }
        let next = scalars[i + 1]
        if next == "!" || next == "?" {
            if matches("<!--", at: i) {
                i = index(after: "-->", from: i + 4) ?? scalars.count
            } else {
                i = index(after: ">", from: i + 2) ?? scalars.count
            }
            return true
        }
        let closing = next == "/"
        let nameStart = i + (closing ? 2 : 1)
        guard nameStart < scalars.count, scalars[nameStart].isASCII, scalars[nameStart].properties.isAlphabetic else {
            return false
        }
        var end = nameStart
        while end < scalars.count, scalars[end].isASCII, scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) {
            end += 1
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<end])).lowercased()
        i = tagEnd(from: end)
        handle(name, closing: closing)
        return true
    }

    private mutating func handle(_ name: String, closing: Bool) {
        if !closing, HTMLTextExtractor.hidden.contains(name) {
            i = skipRawText(until: name)
            return
        }
        if !closing, name == "title" {
            let start = i
            i = skipRawText(until: name)
            if title == nil {
                let end = rawTextEnd(from: start, name: name) ?? scalars.count
                title = HTMLTextExtractor.collapsed(decodeEntities(start..<end))
            }
            return
        }
        switch name {
        case "head": inHead = !closing
        case "body": inHead = false
        case "pre": preDepth = max(0, preDepth + (closing ? -1 : 1))
        case "h1":
            if !closing, h1 == nil { h1Capture = String.UnicodeScalarView() }
            if closing, let captured = h1Capture {
                h1 = HTMLTextExtractor.collapsed(String(captured))
                h1Capture = nil
            }
        case "td", "th": pendingSpace = true
        default: break
        }
        if HTMLTextExtractor.paragraphBlocks.contains(name) { requestBreak(2) }
        if HTMLTextExtractor.lineBlocks.contains(name) { requestBreak(1) }
    }

    /// Index just past the `>` closing a tag, honouring quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var k = start
        var quote: Unicode.Scalar?
        while k < scalars.count {
            let s = scalars[k]
            if let q = quote {
                if s == q { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if s == ">" {
                return k + 1
            }
            k += 1
        }
        return scalars.count
    }

    /// Index just past `</name ...>` (the end of a raw-text element), or the end of input.
    private func skipRawText(until name: String) -> Int {
        guard let end = rawTextEnd(from: i, name: name) else { return scalars.count }
        return tagEnd(from: end + 2 + name.unicodeScalars.count)
    }

    /// Index of the `<` of `</name`, case-insensitive.
    private func rawTextEnd(from start: Int, name: String) -> Int? {
        let closer = Array(("</" + name).unicodeScalars)
        var k = start
        while k + closer.count <= scalars.count {
            if scalars[k] == "<", zip(scalars[k..<(k + closer.count)], closer).allSatisfy({
                $0.properties.lowercaseMapping == $1.properties.lowercaseMapping
            }) {
                return k
            }
            k += 1
        }
        return nil
    }

    private func decodeEntities(_ range: Range<Int>) -> String {
        var text = String.UnicodeScalarView()
        var k = range.lowerBound
        while k < range.upperBound {
            if scalars[k] == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: k), next <= range.upperBound {
                text.append(contentsOf: decoded.unicodeScalars)
                k = next
            } else {
                text.append(scalars[k])
                k += 1
            }
        }
        return String(text)
    }

    private func matches(_ literal: String, at start: Int) -> Bool {
        let pattern = Array(literal.unicodeScalars)
        guard start + pattern.count <= scalars.count else { return false }
        return Array(scalars[start..<(start + pattern.count)]) == pattern
    }

    private func index(after literal: String, from start: Int) -> Int? {
        let count = literal.unicodeScalars.count
        var k = start
        while k + count <= scalars.count {
            if matches(literal, at: k) { return k + count }
            k += 1
        }
        return nil
    }

    /// Whitespace runs become one space; ends trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
