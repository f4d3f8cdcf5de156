/// A document read from a file, before the duplicate checks decide whether it is kept.
struct DocumentDraft {
    var id: String
    var title: String?
    var date: String?
    var source: String
    var text: String
    var metadata: [String: String] = [:]
    /// Where warnings about it point.
    var file: String
    var line: Int?
}

/// The working state of one `load`: a private copy of the graph, the summary, warning
/// throttling and progress.
///
/// Everything is added to the copy; the loader hands it back only when every path was
/// processed, so a cancelled load leaves the caller's graph untouched.
struct LoadRun {
    var graph: CorpusGraph
    var summary = LoadSummary()
    let options: LoadOptions
    let diagnostic: (Diagnostic) -> Void
    let cancellation: CancellationToken
    var progress: ProgressMeter
    /// Bytes of the files already finished, for progress.
    var bytesDone = 0
    /// Threads for the work on a file's records that does not depend on order (`threads`).
    var threads = 1
    private var throttle = WarningThrottle()

    init(graph: CorpusGraph, options: LoadOptions, diagnostic: @escaping (Diagnostic) -> Void,
         cancellation: CancellationToken, progress: ProgressMeter) {
        self.graph = graph
        self.options = options
        self.diagnostic = diagnostic
        self.cancellation = cancellation
        self.progress = progress
    }

    func checkCancelled() throws {
        if cancellation.isCancelled { throw WorkbenchError(.cancelled, "cancelled") }
    }

    // MARK: Warnings

    /// Emits a warning; with a `kind`, at most `WarningThrottle.limitPerKind` per file.
    mutating func warn(_ message: String, file: String, line: Int? = nil, kind: String? = nil) {
        if let kind, !throttle.admit(kind) { return }
        diagnostic(Diagnostic(.warning, message, file: file, line: line))
    }

    /// Warns and counts one skipped file or record.
    mutating func skip(_ reason: SkipReason, _ message: String, file: String, line: Int? = nil, kind: String? = nil) {
        summary.skip(reason)
        warn(message, file: file, line: line, kind: kind)
    }

    /// Ends a file: says how many throttled warnings were not shown.
    mutating func finishFile(_ file: String) {
        for (kind, suppressed) in throttle.finish() {
            let plural = suppressed == 1 ? "warning" : "warnings"
            diagnostic(Diagnostic(.warning, "\(suppressed) more \(kind) \(plural) not shown", file: file))
        }
    }

    // MARK: Documents

    /// Adds a document unless its id or its text is already loaded (the first one wins).
    mutating func add(_ draft: DocumentDraft) throws {
        try checkCancelled()
        if let existing = graph.document(draft.id) {
            skip(.duplicateID, "duplicate id '\(draft.id)' (first loaded from \(existing.source)); skipped",
                 file: draft.file, line: draft.line, kind: "duplicate id")
            return
        }
        try add(Document(id: draft.id, title: draft.title, date: draft.date, source: draft.source,
                         text: draft.text, metadata: draft.metadata), file: draft.file, line: draft.line)
    }

    /// `add` for a document already made (its text hashed on another thread).
    mutating func add(_ document: Document, file: String, line: Int?) throws {
        try checkCancelled()
        if let existing = graph.document(document.id) {
            skip(.duplicateID, "duplicate id '\(document.id)' (first loaded from \(existing.source)); skipped",
                 file: file, line: line, kind: "duplicate id")
            return
        }
        if let first = graph.documentWithSameText(as: document) {
            skip(.duplicateContent, "same text as document '\(first)'; skipped",
                 file: file, line: line, kind: "duplicate content")
            return
        }
        try graph.add(document)
        summary.loaded += 1
    }

    // MARK: Text helpers

    /// Decodes UTF-8, replacing bad bytes with U+FFFD and warning about the first one.
    mutating func decode(_ bytes: [UInt8], file: String) -> String {
        if let bad = FileBytes.firstInvalidUTF8(bytes) {
            warn("invalid UTF-8 at byte \(bad); replaced with U+FFFD", file: file, line: FileBytes.line(ofByte: bad, in: bytes))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The document's date: from its date field when it has one, else from a dateline near
    /// the top of its text, else none (never today's date).
    ///
    /// `datelineLine` turns the dateline's 0-based line in the text into a line of the file
    /// for a warning (nil when the text's lines are not the file's, as for HTML).
    mutating func resolveDate(field: String?, value: String?, text: String, file: String, line: Int?,
                              datelineLine: (Int) -> Int?) -> String? {
        let (date, warning) = LoadRun.date(field: field, value: value, text: text)
        if let warning {
            warn(warning.message, file: file, line: warning.datelineLine.map(datelineLine) ?? line, kind: "date")
        }
        return date
    }

    /// `resolveDate` without side effects (it runs on any thread): the date, and the
    /// warning about a bad one with, for a dateline, its 0-based line in the text.
    static func date(field: String?, value: String?, text: String) -> (String?, (message: String, datelineLine: Int?)?) {
        if let field, let value {
            switch DateNormalizer.normalize(value) {
            case .valid(let date)?:
                return (date, nil)
            case .invalid(let reason)?:
                return (nil, ("invalid date '\(value)' in field '\(field)' (\(reason)); left undated", nil))
            case nil:
                return (nil, ("unrecognised date '\(value)' in field '\(field)'; left undated", nil))
            }
        }
        guard let found = DateNormalizer.findDateline(in: text) else { return (nil, nil) }
        switch found.outcome {
        case .valid(let date):
            return (date, nil)
        case .invalid(let reason):
            return (nil, ("invalid date '\(found.text)' near the top of the text (\(reason)); left undated", found.line))
        }
    }
}
