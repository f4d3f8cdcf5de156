import Testing
@testable import Workbench

/// Plugins add columns to a core command's table through `ColumnProvider`: `quotes` asks
/// for them; the provider's requirements run through the engine; help lists them.
@Suite struct ColumnProviderTests {
    /// Adds `length` (the quote's length in scalars) to `quotes`, through an analysis of its own.
    struct LengthPlugin: Plugin {
        var name = "length"
        var column = "length"
        var commands: [CommandSpec] { [] }
        var analyses: [any Analysis] { name == "length" ? [Marker()] : [] }
        var columns: [ColumnProvider] {
            [ColumnProvider(table: "quotes", column: .init(column, .int), summary: "the quote's length",
                            requires: name == "length" ? ["length.marker"] : []) { graph, spans in
                #expect(graph.isFresh("length.marker", fingerprint: graph.layers["length.marker"]?.fingerprint ?? ""))
                return spans.map { $0.map { .int($0.length) } ?? .null }
            }]
        }
    }

    struct Marker: Analysis {
        let id = "length.marker"
        let version = "1"
        let requires: [AnalysisKey] = [.quotes]
        let provides: [AnalysisKey] = ["length.marker"]
        func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {}
    }

    static let text = "NATO met. “We will cooperate,” the minister said.\n"

    @Test func quotesGainTheColumnAndItsRequirementsRun() throws {
        let harness = try Harness(documents: [Document(id: "d", text: Self.text)], plugins: [LengthPlugin()])
        let output = try harness.output("quotes --format tsv")
        #expect(output.hasPrefix("doc\tstart\tend\ttext\tspeaker\tspeaker_text\tspeaker_start\tspeaker_end\tcue\tkind\treason\tlength\n"))
        #expect(output.hasSuffix("\tdirect\tcue after the quote\t17\n"))
        #expect(harness.transcript.notes.contains("running length.marker"))
        // Filters keep it; help lists it.
        #expect(try harness.output("quotes | select length --format tsv") == "length\n17\n")
        #expect(try harness.output("help quotes").contains("  length  the quote's length (plugin length)"))
    }

    @Test func twoPluginsCannotProvideTheSameColumn() {
        let error = capture { _ = try Workbench(plugins: [LengthPlugin(), LengthPlugin(name: "other")]) }
        #expect(error?.message == "column 'length' of table 'quotes' is provided by plugins 'length' and 'other'")
    }
}
