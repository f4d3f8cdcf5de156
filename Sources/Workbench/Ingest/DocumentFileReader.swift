/// Reading the one-document formats: `.txt`, `.md` and `.html`/`.htm`.
extension LoadRun {
    /// Loads a file that is one document, unless it is unreadable, binary or empty.
    mutating func loadDocumentFile(_ file: InputFile, format: FileFormat) throws {
        guard let bytes = readChecked(file) else { return }
        var text = decode(bytes, file: file.path)
        var title: String?
        var linesMatchFile = true
        if format == .html {
            // The document's text is the page's visible text, so offsets refer to it.
            let page = HTMLTextExtractor.extract(text)
            guard !page.text.allSatisfy(\.isWhitespace) else {
                skip(.empty, "no visible text; skipped", file: file.path)
                return
            }
            text = page.text
            title = page.title
            linesMatchFile = false
        } else {
            // Stored exactly as read: no trimming, no newline or Unicode normalisation.
            title = LoadRun.firstLineTitle(text, markdown: format == .markdown)
        }
        let date = resolveDate(field: nil, value: nil, text: text, file: file.path, line: nil,
                               datelineLine: { linesMatchFile ? $0 + 1 : nil })
        try add(DocumentDraft(id: file.idBase, title: title, date: date, source: file.path, text: text,
                              file: file.path, line: nil))
    }

    /// The file's bytes, or nil after a warning when it cannot be read, is binary or empty.
    mutating func readChecked(_ file: InputFile) -> [UInt8]? {
        guard let bytes = FileBytes.read(file.path) else {
            skip(.unreadable, "cannot read this file; skipped", file: file.path)
            return nil
        }
        if FileBytes.looksBinary(bytes) {
            skip(.binary, "binary file; skipped", file: file.path)
            return nil
        }
        if FileBytes.isBlank(bytes) {
            skip(.empty, "empty file; skipped", file: file.path)
            return nil
        }
        return bytes
    }

    /// The first non-empty line, trimmed; for Markdown without its `#` heading marks.
    static func firstLineTitle(_ text: String, markdown: Bool) -> String? {
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        for line in text.split(whereSeparator: \.isNewline) {
            var title = line.drop(while: isBlank)
            while let last = title.last, isBlank(last) { title = title.dropLast() }
            if markdown, title.hasPrefix("#") {
                title = title.drop { $0 == "#" }.drop(while: isBlank)
                while title.hasSuffix("#") { title = title.dropLast() }
                while let last = title.last, isBlank(last) { title = title.dropLast() }
            }
            if !title.isEmpty { return String(title) }
        }
        return nil
    }
}
