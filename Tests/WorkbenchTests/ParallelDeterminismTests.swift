import BuiltInPlugins
import Foundation
import Synchronization
import Testing
@testable import Workbench

/// Analyses and commands that work per document in parallel give the same output, byte for
/// byte, with `set threads 1` (a plain sequential loop) and `set threads 4` (four workers,
/// several chunks each), on a corpus of many documents: results are merged in document
/// order and ids handed out in that order.
@Suite struct ParallelDeterminismTests {
    /// Statements whose whole output is compared, each after loading the fixture corpus.
    static let statements = [
        "docs",
        "stats",
        "freq --top 200",
        "sentences",
        "entities",
        "mentions \"Taro Kono\"",
        "roles",
        "quotes",
        "kwic cooperation",
        "sentiment --unit sentence",
        "sentiment --unit paragraph",
        "sentiment --unit quote",
        "sentiment --unit doc",
        "coop",
        "set coop.unit sentence; coop",
        "topics --k 3",
        "topics --k 3 --unit sentence",
        "topics --k auto",
    ]

    @Test(arguments: statements)
    func sameOutputWithOneAndFourThreads(_ statement: String) throws {
        let file = try ParallelFixture.file()
        let one = try ParallelFixture.run("set threads 1; load '\(file)'; set format json; \(statement)")
        let four = try ParallelFixture.run("set threads 4; load '\(file)'; set format json; \(statement)")
        #expect(one.errors.isEmpty, "\(one.errors)")
        #expect(!one.output.isEmpty)
        #expect(one.output == four.output)
        #expect(one.notes == four.notes)
    }

    /// Stems are made when first read, not with the tokens; then each form's stem is its
    /// Snowball stem (words) or the form itself, whatever the thread count.
    @Test func stemsAreMadeWhenFirstRead() throws {
        for threads in [1, 4] {
            let graph = try ParallelFixture.graph(threads: threads, [.sentences])
            let layer = try #require(graph.payload(of: "tokens", as: TokenLayer.self))
            #expect(!layer.formStems.isMade)
            let stemOfNormalized = layer.stemOfNormalized
            #expect(layer.formStems.isMade)
            let stemmer = try Stemmer()
            let expected = (0..<Int32(layer.normalizedForms.count)).map { id in
                let form = layer.normalized(id)
                return Array(form.utf8).withUnsafeBufferPointer(TokenNormalizer.isStemmable) ? stemmer.stem(form) : form
            }
            #expect(stemOfNormalized.map { layer.stem($0) } == expected)
        }
    }

    /// The token layer itself: the same vocabularies (ids in first-occurrence order) and the
    /// same token arrays per document, whatever the thread count.
    @Test func sameTokenLayerWithOneAndFourThreads() throws {
        let graphs = try [1, 3, 4].map { threads in try ParallelFixture.graph(threads: threads, [.entities, .sentences]) }
        let layers = graphs.compactMap { $0.payload(of: "tokens", as: TokenLayer.self) }
        try #require(layers.count == 3)
        for layer in layers.dropFirst() {
            #expect(layer.normalizedForms.count == layers[0].normalizedForms.count)
            #expect(layer.stems.count == layers[0].stems.count)
            #expect(layer.stemOfNormalized == layers[0].stemOfNormalized)
            #expect((0..<Int32(layer.normalizedForms.count)).allSatisfy { layer.normalized($0) == layers[0].normalized($0) })
            #expect((0..<Int32(layer.stems.count)).allSatisfy { layer.stem($0) == layers[0].stem($0) })
            for document in graphs[0].documents {
                let a = layers[0].tokens(in: document.id), b = layer.tokens(in: document.id)
                #expect(Array(a.starts) == Array(b.starts) && Array(a.ends) == Array(b.ends) && a.normalized == b.normalized && a.flags == b.flags)
            }
        }
        // Every node of every layer, with its id, in the same order.
        let dumps = graphs.map { graph in
            ["paragraph", "sentence", "person", "organization", "place", "group", "mention"].flatMap { kind in
                graph.nodes(Kind(kind)).map { "\($0.id.raw) \($0.kind) \($0.span) \($0.attributes.sorted { $0.key < $1.key })" }
            }
        }
        #expect(dumps[0].count > 100)
        #expect(dumps[1] == dumps[0])
        #expect(dumps[2] == dumps[0])
    }

    /// A JSONL file read in several batches, with bad lines, repeated ids and texts, bad
    /// dates and invalid UTF-8 spread over it: the same documents and the same warnings, in
    /// line order, with one thread and with four.
    @Test func loadWarnsInLineOrderWhateverTheThreads() throws {
        var bytes: [UInt8] = []
        for n in 1...(JSONLinesBatch.maxLines + 700) {
            let line: String
            switch n % 97 {
            case 5: line = "{broken"
            case 17: line = "[1, 2]"
            case 29: line = "{\"id\": \"r\(n - 1)\", \"text\": \"an id seen on the line before\"}"
            case 41: line = "{\"id\": \"r\(n)\", \"text\": \"Text number \(n - 1) of the file.\"}"
            case 53: line = "{\"id\": \"r\(n)\", \"text\": \"dated\", \"date\": \"2011-13-45\"}"
            case 71: line = "{\"title\": \"no text\"}"
            default: line = "{\"id\": \"r\(n)\", \"text\": \"Text number \(n) of the file.\"}"
            }
            bytes += Array(line.utf8)
            if n == 4500 { bytes += [0xFF] }
            bytes.append(0x0A)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-parallel-load-\(getpid()).jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let one = try ParallelFixture.run("set threads 1; load '\(path)'; docs | count")
        let four = try ParallelFixture.run("set threads 4; load '\(path)'; docs | count")
        #expect(one.notes.count > 20)
        #expect(one.notes == four.notes)
        #expect(one.output == four.output)
        let lines = one.notes.compactMap { note in note.split(separator: ":").dropFirst().first.flatMap { Int($0) } }
        #expect(lines == lines.sorted())
    }

    /// The first failing document's error, in document order, whatever the threads.
    @Test func firstErrorInDocumentOrder() throws {
        for threads in [1, 2, 4] {
            #expect(throws: WorkbenchError.self) {
                _ = try ParallelMap.map(1000, threads: threads) { i -> Int in
                    if i == 700 || i == 313 || i == 901 { throw WorkbenchError(.badValue, "item \(i)") }
                    return i
                }
            }
            do {
                _ = try ParallelMap.map(1000, threads: threads) { i -> Int in
                    if i == 700 || i == 313 || i == 901 { throw WorkbenchError(.badValue, "item \(i)") }
                    return i
                }
            } catch let error as WorkbenchError {
                #expect(error.message == "item 313")
            }
            #expect(try ParallelMap.map(1000, threads: threads) { $0 * 2 } == (0..<1000).map { $0 * 2 })
        }
    }

    /// Ctrl-C stops the work on every thread.
    @Test func cancellationStopsEveryWorker() {
        let token = CancellationToken()
        let ran = Atomic<Int>(0)
        #expect(throws: WorkbenchError.self) {
            _ = try ParallelMap.map(10_000, threads: 4, cancellation: token) { i -> Int in
                if i == 100 { token.cancel() }
                ran.add(1, ordering: .relaxed)
                return i
            }
        }
        #expect(ran.load(ordering: .relaxed) < 10_000)
    }

    @Test func contiguousRangesCoverEverythingInOrder() {
        let weights = [5, 1, 1, 1, 9, 2, 2, 2, 2, 1, 0, 7]
        for parts in 1...14 {
            let ranges = ParallelMap.contiguousRanges(weights: weights, parts: parts)
            #expect(ranges.count == min(parts, weights.count))
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == weights.count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
        }
        #expect(ParallelMap.contiguousRanges(weights: [], parts: 4).isEmpty)
    }

    @Test func threadsSettingIsValidated() throws {
        let bad = try ParallelFixture.run("set threads 0")
        #expect(bad.errors.contains("expected auto or a whole number >= 1"))
        #expect(ParallelMap.threads(setting: "3") == 3)
        #expect(ParallelMap.threads(setting: "auto") == ParallelMap.defaultThreads)
    }
}

/// A corpus of 48 news-like documents written for these tests (people, organisations,
/// places, quotes, cooperation and sentiment words, dates, a few non-ASCII words), made
/// from paragraphs in rotating orders so that words first occur in different documents.
enum ParallelFixture {
    static let paragraphs = [
        "Japan’s foreign minister Taro Kono said on Tuesday that cooperation with NATO would deepen. \"We welcome further engagement,\" he told reporters in Tokyo.",
        "The European Commission announced a €40 million fund for joint research on climate and energy, praised by the Paris-based OECD as a very good step.",
        "Critics were not convinced. \"This is a terrible deal for workers,\" said Maria Lopez, a spokeswoman for the Workers' Union, adding that talks might collapse.",
        "Officials from Germany and France met in Brussels on 3 March 2019 to discuss defence cooperation, maritime security and cyber threats.",
        "According to Dr. Anne Smith of the University of Oxford, the agreement is \"fairly open\" but could still fail if funding is cut.",
        "Prime Minister Shinzo Abe and President Barack Obama signed a trade pact in Washington, D.C.; analysts called it historic.",
        "Protesters in Nairobi accused the government of corruption. Police said 12 people were arrested and the café on Kenyatta Avenue was closed.",
        "The United Nations Development Programme will train 500 teachers in Uganda, said its director, Helen Clark, who called the plan hopeful.",
    ]

    static let documents: [(id: String, text: String)] = (0..<48).map { n in
        let order = (0..<4).map { paragraphs[(n * 3 + $0 * (n % 5 + 1)) % paragraphs.count] }
        let extra = "Report \(n): the ministry of item\(n % 7) expects growth of \(n + 2)% next year, and partner\(n) agreed."
        return ("doc\(String(format: "%02d", n))", (order + [extra]).joined(separator: "\n\n"))
    }

    /// The corpus as a JSONL file (written once per process), with one malformed line and
    /// one repeated text so that `load` warns, in file order.
    static func file() throws -> String {
        try written.get()
    }

    private static let written: Result<String, any Error> = Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-parallel-\(getpid()).jsonl").path
        var lines: [String] = []
        for (index, document) in documents.enumerated() {
            let record: [String: String] = ["id": document.id, "text": document.text, "date": "2019-03-\(String(format: "%02d", index % 28 + 1))"]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
            if index == 20 { lines.append("{not json") }
            if index == 30 { lines.append(lines[2].replacingOccurrences(of: "\"doc02\"", with: "\"again\"")) }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// What a script printed (stdout), its diagnostics and its errors.
    static func run(_ source: String) throws -> (output: String, notes: [String], errors: String) {
        let output = Mutex(""), notes = Mutex([String]()), errors = Mutex("")
        let io = SessionIO(output: { text in output.withLock { $0 += text } },
                           diagnostic: { diagnostic in notes.withLock { $0.append(diagnostic.description) } })
        let session = Session(workbench: try Workbench(plugins: BuiltInPlugins.all), io: io)
        _ = ScriptRunner(session: session, reportError: { text in errors.withLock { $0 += text } }).run(source: source, file: "test.wb")
        return (output.withLock { $0 }, notes.withLock { $0 }, errors.withLock { $0 })
    }

    /// The corpus with `keys` made fresh on `threads` threads.
    static func graph(threads: Int, _ keys: [AnalysisKey]) throws -> CorpusGraph {
        var graph = CorpusGraph()
        for document in documents { try graph.add(Document(id: document.id, text: document.text)) }
        let workbench = try Workbench(plugins: BuiltInPlugins.all)
        var settings = workbench.defaultSettings
        settings[ParallelMap.setting] = String(threads)
        try workbench.engine.ensure(keys, in: &graph, settings: settings)
        return graph
    }
}
