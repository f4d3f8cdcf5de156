import Foundation
import Synchronization
import Testing
import BuiltInPlugins
@testable import Workbench

/// The docs are checked against the code: the generated command reference must be current,
/// and the plugin guide's example must be the very code compiled and run here.
@Suite struct DocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func commandReferenceIsCurrent() throws {
        let workbench = try Workbench(plugins: BuiltInPlugins.all)
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        #expect(onDisk == HelpPages.markdown(workbench.registry, columns: workbench.columnProviders(for:)),
                "docs/commands.md is stale: run scripts/gen-docs")
    }

    @Test func pluginGuideShowsTheCompiledExample() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/plugins.md"), encoding: .utf8)
        let source = try String(contentsOf: Self.root.appendingPathComponent("Tests/WorkbenchTests/PluginExample/WordCountPlugin.swift"), encoding: .utf8)
        #expect(guide.contains("```swift\n" + source + "```\n"))
        #expect(source.split(separator: "\n", omittingEmptySubsequences: false).count <= 60)
    }

    @Test func examplePluginRunsOnTheSeed() throws {
        let output = Mutex<[String]>([])
        let workbench = try Workbench(plugins: BuiltInPlugins.all + [WordCountPlugin()])
        let session = Session(workbench: workbench, io: SessionIO(output: { text in output.withLock { $0.append(text) } },
                                                                   diagnostic: { _ in }))
        let seed = Self.root.appendingPathComponent("seeds/000_4c1ae4e712800ec5.txt").path
        let outcome = ScriptRunner(session: session, reportError: { Issue.record("\($0)") })
            .run(source: "load '\(seed)'\nwordcount --top 4 --format csv\n", file: "test.wb")
        #expect(outcome == .success)
        #expect(output.withLock { $0.joined() } == "word,count\r\nand,21\r\nthe,20\r\njapan,16\r\nnato,13\r\n")
    }
}
