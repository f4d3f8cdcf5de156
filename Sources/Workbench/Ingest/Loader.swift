/// Reads documents from files, folders and globs into the graph: the engine of `load`.
///
/// Bad input never stops a load: every problem becomes a warning through `diagnostic`
/// (`FILE:LINE: warning: MESSAGE`) and a count in the summary, and the load goes on. Only
/// cancellation stops it, and then nothing is loaded: documents are added to a copy of the
/// graph that replaces the caller's only at the end.
struct Loader {
    let options: LoadOptions
    let diagnostic: (Diagnostic) -> Void
    /// Bytes read out of total bytes, at most once per percent.
    let progress: (Int, Int) -> Void
    let cancellation: CancellationToken
    /// Threads for per-record work that does not depend on order (the `threads` setting).
    var threads = 1

    init(options: LoadOptions, diagnostic: @escaping (Diagnostic) -> Void,
         progress: @escaping (Int, Int) -> Void = { _, _ in }, cancellation: CancellationToken = CancellationToken(),
         threads: Int = 1) {
        self.options = options
        self.threads = threads
        self.diagnostic = diagnostic
        self.progress = progress
        self.cancellation = cancellation
    }

    mutating func load(_ paths: [String], into graph: inout CorpusGraph) throws -> LoadSummary {
        var run = LoadRun(graph: graph, options: options, diagnostic: diagnostic, cancellation: cancellation,
                          progress: ProgressMeter(total: 0, report: progress))
        run.threads = threads
        var files: [InputFile] = []
        for argument in paths {
            try run.checkCancelled()
            files += expand(argument, run: &run)
        }
        run.progress = ProgressMeter(total: files.reduce(0) { $0 + FileBytes.size($1.path) }, report: progress)
        for file in files {
            try run.checkCancelled()
            try load(file, run: &run)
            run.finishFile(file.path)
            run.bytesDone += FileBytes.size(file.path)
            run.progress.advance(to: run.bytesDone)
        }
        graph = run.graph
        return run.summary
    }

    /// The loadable files of one argument; warns about missing paths and unsupported files.
    private func expand(_ argument: String, run: inout LoadRun) -> [InputFile] {
        switch PathExpander.expand(argument) {
        case .missing:
            run.skip(.missing, "no such file or folder", file: argument)
            return []
        case .noMatch:
            run.skip(.missing, "no files match this pattern", file: argument)
            return []
        case .file(let file):
            guard file.format != nil else {
                let ext = FileFormat.pathExtension(file.path)
                let kind = ext.isEmpty ? "(no extension)" : "'.\(ext)'"
                run.skip(.unsupported, "unsupported file type \(kind) (supported: \(FileFormat.supportedList)); skipped",
                         file: argument)
                return []
            }
            return [file]
        case .listing(let listed):
            // One warning per unsupported extension, not one per file.
            var unsupported: [String: Int] = [:]
            for file in listed where file.format == nil {
                unsupported[FileFormat.pathExtension(file.path).lowercased(), default: 0] += 1
            }
            for (ext, count) in unsupported.sorted(by: { $0.key < $1.key }) {
                let files = count == 1 ? "1 file" : "\(count) files"
                let what = ext.isEmpty ? "without an extension" : "with unsupported extension '.\(ext)'"
                run.summary.skip(.unsupported, count)
                run.warn("skipped \(files) \(what)", file: argument)
            }
            if listed.isEmpty { run.warn("no files to load here", file: argument) }
            return listed.filter { $0.format != nil }
        }
    }

    private func load(_ file: InputFile, run: inout LoadRun) throws {
        guard let format = file.format else { return }
        switch format {
        case .text, .markdown, .html: try run.loadDocumentFile(file, format: format)
        case .json: try run.loadJSONFile(file)
        case .jsonl: try run.loadJSONLinesFile(file)
        case .csv: try run.loadDelimitedFile(file, delimiter: UInt8(ascii: ","))
        case .tsv: try run.loadDelimitedFile(file, delimiter: UInt8(ascii: "\t"))
        }
    }
}
