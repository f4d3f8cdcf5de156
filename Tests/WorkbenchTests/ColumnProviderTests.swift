import Testing
import TestSupport
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

    /// Its requirement fails (its data missing): the core command still works.
    struct BrokenPlugin: Plugin {
        let name = "broken"
        var commands: [CommandSpec] { [] }
        var analyses: [any Analysis] { [Failing()] }
        var columns: [ColumnProvider] {
            [ColumnProvider(table: "quotes", column: .init("mood", .double), summary: "never computed",
                            requires: ["broken.mood"]) { _, spans in spans.map { _ in .double(1) } }]
        }
    }

    struct Failing: Analysis {
        let id = "broken.mood"
        let version = "1"
        let provides: [AnalysisKey] = ["broken.mood"]
        func run(_ context: AnalysisContext, into output: inout AnalysisOutput) throws {
            throw WorkbenchError(.io, "cannot find the mood lexicon", hint: "reinstall")
        }
    }

    @Test func aFailingProviderLeavesItsColumnEmpty() throws {
        let harness = try Harness(documents: [Document(id: "d", text: Self.text)], plugins: [BrokenPlugin()])
        let output = try harness.output("quotes | select text mood --format tsv")
        #expect(output == "text\tmood\nWe will cooperate\t\n")
        #expect(harness.transcript.notes.contains {
            $0.contains("column 'mood' of plugin 'broken' left empty: cannot find the mood lexicon (reinstall)")
        })
    }

    @Test func twoPluginsCannotProvideTheSameColumn() {
        let error = capture { _ = try Workbench(plugins: [LengthPlugin(), LengthPlugin(name: "other")]) }
        #expect(error?.message == "column 'length' of table 'quotes' is provided by plugins 'length' and 'other'")
    }
}
